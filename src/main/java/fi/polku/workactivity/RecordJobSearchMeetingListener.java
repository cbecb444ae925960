package fi.polku.workactivity;

import fi.polku.journey.JourneyProcess;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completes "Hold job-search meeting": the employer contacts (with the first one's date, for the
 * IPS 30-day rule), interviews and offers, and the outcome that routes the flow; a job start
 * records the job, a pause the date to resume.
 */
@Component("recordJobSearchMeeting")
class RecordJobSearchMeetingListener extends CompletedTaskListener {

    static final String OUTCOME = "jobSearchOutcome";
    static final Set<String> OUTCOMES = Set.of("CONTINUE", "JOB_STARTED", "STUDIES_STARTED", "PAUSED", "LEFT");

    private final WorkActivityRecords records;

    RecordJobSearchMeetingListener(WorkActivityRecords records, IdentityService identityService) {
        super(identityService);
        this.records = records;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        UUID journeyId = JourneyProcess.journeyId(execution);
        LocalDate metOn = WorkActivityDates.notAhead(form, "meetingOn");
        int contacts = form.requiredInt("employerContacts", 0, 100);
        LocalDate firstContactOn = null;
        if (contacts > 0) {
            firstContactOn = WorkActivityDates.notAhead(form, "firstContactOn");
            if (firstContactOn.isAfter(metOn)) {
                throw FormValues.invalid("firstContactOn", "must not be after the meeting");
            }
        }
        String outcome = form.requiredChoice(OUTCOME, OUTCOMES);
        LocalDate resumeOn = "PAUSED".equals(outcome) ? WorkActivityDates.ahead(form, "resumeOn") : null;
        records.saveMeeting(journeyId, new WorkActivityRecords.Meeting(metOn, contacts, firstContactOn,
                form.requiredInt("interviews", 0, 50), form.requiredInt("offers", 0, 20), outcome, resumeOn,
                form.optionalText("meetingNote", 2000)), completedBy);
        if ("JOB_STARTED".equals(outcome)) {
            records.startJob(journeyId, form.requiredText("employer", 200), form.requiredDate("jobStartedOn"),
                    form.requiredInt("hoursPerWeek", 1, 40),
                    form.requiredChoice("employmentType", Set.of("OPEN_MARKET", "SUBSIDISED")));
            execution.setVariable(RecordInWorkCheckInListener.CHECK_INS, 0);
        }
        form.discard("meetingOn", "employerContacts", "firstContactOn", "interviews", "offers", "employer",
                "jobStartedOn", "hoursPerWeek", "employmentType", "resumeOn", "meetingNote");
        if (contacts > 0) {
            execution.setVariable(RecordVocationalProfileListener.EMPLOYER_CONTACTED, true);
        }
    }
}
