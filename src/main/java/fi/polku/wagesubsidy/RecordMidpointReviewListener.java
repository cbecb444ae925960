package fi.polku.wagesubsidy;

import fi.polku.journey.JourneyProcess;
import fi.polku.period.WageSubsidyRecords;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completes "Hold midpoint review", recorded in {@code period_meeting}: CREAR and Kykyviisari again,
 * the commitment, readiness for a placement. The readiness stays a variable: it routes the hand-over.
 */
@Component("recordMidpointReview")
class RecordMidpointReviewListener extends CompletedTaskListener {

    static final Set<String> COMMITMENTS = Set.of("APPLIED_FOR_STUDIES", "ACTIVELY_SEEKING_WORK");
    static final Set<String> READINESS = Set.of("READY", "NOT_READY");

    private final WageSubsidyRecords records;

    public RecordMidpointReviewListener(WageSubsidyRecords records, IdentityService identityService) {
        super(identityService);
        this.records = records;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        boolean ready = "READY".equals(form.requiredChoice("traineeReadiness", READINESS));
        WageSubsidyRecords.Crear crear = new WageSubsidyRecords.Crear(form.requiredInt("crearStudies", 1, 5),
                form.requiredInt("crearTimeUse", 1, 5), form.requiredInt("crearWellbeing", 1, 5),
                form.requiredInt("crearCareerPlanning", 1, 5), form.requiredInt("crearEmployment", 1, 5));
        records.addMeeting(JourneyProcess.journeyId(execution), new WageSubsidyRecords.Meeting("MIDPOINT_REVIEW",
                form.requiredDate("meetingDate"), true, null, null, null, null, crear,
                form.requiredInt("workAbilityScore", 0, 10), form.requiredChoice("commitment", COMMITMENTS),
                ready, form.optionalText("meetingNote", 2000)), completedBy);
        execution.setVariable("traineeReady", ready);
        form.discard("meetingDate", "crearStudies", "crearTimeUse", "crearWellbeing", "crearCareerPlanning",
                "crearEmployment", "workAbilityScore", "commitment", "traineeReadiness", "meetingNote");
    }
}
