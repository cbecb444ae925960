package fi.polku.followup;

import fi.polku.journey.JourneyCalendar;
import fi.polku.journey.JourneyProcess;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The follow-ups' dates, counted from the leaving date the exit review recorded. */
@Component("followUpSchedule")
public class FollowUpSchedule {

    private final FollowUpRecords records;

    public FollowUpSchedule(FollowUpRecords records) {
        this.records = records;
    }

    public Date threeMonths(DelegateExecution execution) {
        return JourneyCalendar.morningOf(records.leftOn(JourneyProcess.journeyId(execution)).plusMonths(3));
    }

    public Date sixMonths(DelegateExecution execution) {
        return JourneyCalendar.morningOf(records.leftOn(JourneyProcess.journeyId(execution)).plusMonths(6));
    }
}
