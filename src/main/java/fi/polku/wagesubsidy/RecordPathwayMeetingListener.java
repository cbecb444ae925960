package fi.polku.wagesubsidy;

import fi.polku.journey.JourneyProcess;
import fi.polku.period.WageSubsidyRecords;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Completes "Hold second pathway-studies meeting", recorded in {@code period_meeting}. */
@Component("recordPathwayMeeting")
class RecordPathwayMeetingListener extends CompletedTaskListener {

    static final Set<String> PATHWAY_DECISIONS = Set.of("APPLYING", "COURSES_ONLY", "NOT_NOW");

    private final WageSubsidyRecords records;

    public RecordPathwayMeetingListener(WageSubsidyRecords records, IdentityService identityService) {
        super(identityService);
        this.records = records;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        String decision = form.requiredChoice("pathwayDecision", PATHWAY_DECISIONS);
        String note = form.optionalText("meetingNote", 2000);
        records.addMeeting(JourneyProcess.journeyId(execution), new WageSubsidyRecords.Meeting(
                "SECOND_PATHWAY_MEETING", form.requiredDate("meetingDate"), true, null, null, null, null, null,
                null, decision, null, note), completedBy);
        form.discard("meetingDate", "pathwayDecision", "meetingNote");
    }
}
