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

    /**
     * Handed back to the journey: NOT_GRANTED, TRAINEE_PLACEMENT, PERIOD_COMPLETED, EMPLOYMENT_FOUND,
     * PERIOD_INTERRUPTED, or LEFT_BEFORE_START (a job or an interruption before the contract was signed).
     */
    public static final String OUTCOME = "periodOutcome";
    public static final String LEFT_BEFORE_START = "LEFT_BEFORE_START";
    /** Set when the contract is signed: the period has begun. */
    static final String BEGUN = "periodBegun";

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

    /** The contract is signed: the period runs, and the participant has started (indicator record, check-ins). */
    public void begin(DelegateExecution execution) {
        status(execution, "RUNNING");
        execution.setVariable(PeriodSchedule.CHECK_IN_NUMBER, 0);
        execution.setVariable(BEGUN, true);
    }

    /**
     * A job found or an interruption ends the period early. After the contract the participant has
     * started and left: the follow-up (exit review, 3 and 6 months) follows. Before it (the decision
     * pending, or onboarding) they never started: the journey ends without a follow-up, and no
     * indicator record counts them ({@value #LEFT_BEFORE_START}).
     */
    public void leaveEarly(DelegateExecution execution, String outcome) {
        if (Boolean.TRUE.equals(execution.getVariable(BEGUN))) {
            end(execution, outcome);
        } else {
            status(execution, outcome);
            execution.setVariable(OUTCOME, LEFT_BEFORE_START);
        }
    }
}
