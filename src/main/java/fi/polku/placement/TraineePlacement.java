package fi.polku.placement;

import fi.polku.journey.JourneyCalendar;
import fi.polku.journey.JourneyProcess;
import fi.polku.journey.JourneyRepository;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The placement's status in the journey row and its dates, for the expressions of
 * {@code trainee-placement} ({@code ${traineePlacement.status(execution, 'MATCHING')}},
 * {@code ${traineePlacement.checkInDate(execution)}}). Dates come from the stored match.
 */
@Component("traineePlacement")
public class TraineePlacement {

    /**
     * Handed back to the journey: HIRED, NOT_HIRED, NO_PLACEMENT, PLACEMENT_CANCELLED, and
     * EMPLOYMENT_FOUND or PERIOD_INTERRUPTED when the subsidised period ends during the placement.
     */
    public static final String OUTCOME = "placementOutcome";

    private final JourneyRepository journeys;
    private final PlacementRecords records;

    public TraineePlacement(JourneyRepository journeys, PlacementRecords records) {
        this.journeys = journeys;
        this.records = records;
    }

    /** MATCHING, AWAITING_CONFIRMATION, IN_PLACEMENT and the outcomes. */
    public void status(DelegateExecution execution, String status) {
        journeys.setPlacementStatus(JourneyProcess.journeyId(execution), status);
    }

    public void end(DelegateExecution execution, String outcome) {
        status(execution, outcome);
        execution.setVariable(OUTCOME, outcome);
    }

    /**
     * The subsidised period ends during the placement, which is its last two months: a job found
     * ({@code EMPLOYMENT_FOUND}) or an interruption ({@code PERIOD_INTERRUPTED}) ends both, as it
     * ends the period before the placement (the event's data is stored by the period's handlers).
     */
    public void leavePeriod(DelegateExecution execution, String outcome) {
        journeys.setPeriodStatus(JourneyProcess.journeyId(execution), outcome);
        end(execution, outcome);
    }

    /** The company did not answer within the wait: this match failed. */
    public void noAnswer(DelegateExecution execution) {
        records.recordNoAnswer(JourneyProcess.journeyId(execution));
    }

    /** The mid-placement check-in: one month after the placement starts. */
    public Date checkInDate(DelegateExecution execution) {
        return JourneyCalendar.morningOf(records.requireCurrent(JourneyProcess.journeyId(execution)).startDate().plusMonths(1));
    }

    /** The placement's last day: the hiring decision is due then. */
    public Date endDate(DelegateExecution execution) {
        return JourneyCalendar.morningOf(records.requireCurrent(JourneyProcess.journeyId(execution)).endDate());
    }
}
