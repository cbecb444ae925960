package fi.polku.wagesubsidy;

import fi.polku.journey.JourneyProcess;
import fi.polku.journey.JourneyRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The period's status in the journey row, from execution listeners of {@code wage-subsidy-period}
 * ({@code ${wageSubsidyPeriod.status(execution, 'RUNNING')}}), and its outcome for the journey.
 */
@Component("wageSubsidyPeriod")
public class WageSubsidyPeriod {

    /** Handed back to the journey: NOT_GRANTED, TRAINEE_PLACEMENT, PERIOD_COMPLETED, EMPLOYMENT_FOUND, PERIOD_INTERRUPTED. */
    public static final String OUTCOME = "periodOutcome";

    private final JourneyRepository journeys;

    public WageSubsidyPeriod(JourneyRepository journeys) {
        this.journeys = journeys;
    }

    public void status(DelegateExecution execution, String status) {
        journeys.setPeriodStatus(JourneyProcess.journeyId(execution), status);
    }

    public void end(DelegateExecution execution, String outcome) {
        status(execution, outcome);
        execution.setVariable(OUTCOME, outcome);
    }
}
