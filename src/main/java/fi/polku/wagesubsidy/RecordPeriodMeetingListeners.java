package fi.polku.wagesubsidy;

import fi.polku.journey.JourneyProcess;
import fi.polku.period.WageSubsidyRecords;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The meetings of the period, each recorded in {@code period_meeting} when its task completes. Only
 * what routes the period stays a variable: the check-in's concern flag and the midpoint's readiness.
 */
@Configuration(proxyBeanMethods = false)
public class RecordPeriodMeetingListeners {

    static final String MEETING_DATE = "meetingDate";
    static final String NOTE = "meetingNote";
    static final Set<String> PATHWAY_DECISIONS = Set.of("APPLYING", "COURSES_ONLY", "NOT_NOW");
    static final Set<String> COMMITMENTS = Set.of("APPLIED_FOR_STUDIES", "ACTIVELY_SEEKING_WORK");
    static final Set<String> READINESS = Set.of("READY", "NOT_READY");

    /** "Hold second pathway-studies meeting". */
    @Bean
    public CompletedTaskListener recordPathwayMeeting(WageSubsidyRecords records, IdentityService identityService) {
        return new CompletedTaskListener(identityService) {
            @Override
            protected void record(DelegateExecution execution, FormValues form, String completedBy) {
                String decision = form.requiredChoice("pathwayDecision", PATHWAY_DECISIONS);
                String note = form.optionalText(NOTE, 2000);
                records.addMeeting(JourneyProcess.journeyId(execution), new WageSubsidyRecords.Meeting(
                        "SECOND_PATHWAY_MEETING", form.requiredDate(MEETING_DATE), true, null, null, null, null, null,
                        null, decision, null, note), completedBy);
                form.discard(MEETING_DATE, "pathwayDecision", NOTE);
            }
        };
    }

    /** "Hold monthly check-in": a concern leads to a social guidance session. */
    @Bean
    public CompletedTaskListener recordCheckIn(WageSubsidyRecords records, IdentityService identityService) {
        return new CompletedTaskListener(identityService) {
            @Override
            protected void record(DelegateExecution execution, FormValues form, String completedBy) {
                boolean attended = form.flag("attended");
                boolean concern = form.flag("concern");
                records.addMeeting(JourneyProcess.journeyId(execution), new WageSubsidyRecords.Meeting("MONTHLY_CHECK_IN",
                        form.requiredDate(MEETING_DATE), attended,
                        attended ? form.requiredInt("progress", 1, 5) : null,
                        form.requiredInt("applicationsSent", 0, 500), form.requiredInt("creditsEarned", 0, 400),
                        concern, null, null, null, null, form.optionalText(NOTE, 2000)), completedBy);
                execution.setVariable("concern", concern);
                form.discard(MEETING_DATE, "attended", "progress", "applicationsSent", "creditsEarned", NOTE);
            }
        };
    }

    /** "Hold social guidance session". */
    @Bean
    public CompletedTaskListener recordGuidanceSession(WageSubsidyRecords records, IdentityService identityService) {
        return new CompletedTaskListener(identityService) {
            @Override
            protected void record(DelegateExecution execution, FormValues form, String completedBy) {
                records.addMeeting(JourneyProcess.journeyId(execution), WageSubsidyRecords.Meeting.of(
                        "SOCIAL_GUIDANCE", form.requiredDate(MEETING_DATE), form.optionalText(NOTE, 2000)), completedBy);
                form.discard(MEETING_DATE, NOTE);
            }
        };
    }

    /** "Hold midpoint review": CREAR and Kykyviisari again, the commitment, readiness for a placement. */
    @Bean
    public CompletedTaskListener recordMidpointReview(WageSubsidyRecords records, IdentityService identityService) {
        return new CompletedTaskListener(identityService) {
            @Override
            protected void record(DelegateExecution execution, FormValues form, String completedBy) {
                boolean ready = "READY".equals(form.requiredChoice("traineeReadiness", READINESS));
                WageSubsidyRecords.Crear crear = new WageSubsidyRecords.Crear(form.requiredInt("crearStudies", 1, 5),
                        form.requiredInt("crearTimeUse", 1, 5), form.requiredInt("crearWellbeing", 1, 5),
                        form.requiredInt("crearCareerPlanning", 1, 5), form.requiredInt("crearEmployment", 1, 5));
                records.addMeeting(JourneyProcess.journeyId(execution), new WageSubsidyRecords.Meeting("MIDPOINT_REVIEW",
                        form.requiredDate(MEETING_DATE), true, null, null, null, null, crear,
                        form.requiredInt("workAbilityScore", 0, 10), form.requiredChoice("commitment", COMMITMENTS),
                        ready, form.optionalText(NOTE, 2000)), completedBy);
                execution.setVariable("traineeReady", ready);
                form.discard(MEETING_DATE, "crearStudies", "crearTimeUse", "crearWellbeing", "crearCareerPlanning",
                        "crearEmployment", "workAbilityScore", "commitment", "traineeReadiness", NOTE);
            }
        };
    }
}
