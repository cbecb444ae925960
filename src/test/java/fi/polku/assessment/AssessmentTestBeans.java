package fi.polku.assessment;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fi.polku.journey.ModelMigration;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The beans {@code initial-assessment.bpmn} (every version) calls, for process tests outside this
 * package (the model migrations): registered as {@link InitialAssessmentProcessTest} registers them,
 * the decision and form listeners real, the domain records mocks that give the tables their facts.
 */
public final class AssessmentTestBeans {

    private final UUID journeyId;
    private final AssessmentRecords records = mock(AssessmentRecords.class);
    private final IdentityService identity = mock(IdentityService.class);

    public AssessmentTestBeans(UUID journeyId) {
        this.journeyId = journeyId;
        digitalSkillsScore(55);
        serviceNeed(4, "SOME");
    }

    /** The migration the assessment module declares (from the first, untagged version to version 2). */
    public static ModelMigration declaredMigration() {
        return new InitialAssessmentDecisionTasksMigration();
    }

    /** The stored score the course-level table reads. */
    public void digitalSkillsScore(int score) {
        when(records.digitalSkillsScore(journeyId)).thenReturn(score);
    }

    /** The stored CREAR well-being and support-need level the support-plan table reads. */
    public void serviceNeed(int wellbeing, String supportNeedLevel) {
        when(records.supportPlanFacts(journeyId)).thenReturn(Map.of("crear_wellbeing", wellbeing,
                "support_need_level", supportNeedLevel));
    }

    public void register() {
        register(records, identity);
    }

    /** The model's beans on the given mocked records: the decision and form listeners real. */
    static void register(AssessmentRecords records, IdentityService identity) {
        Mocks.register("determineCourseLevel", new DetermineCourseLevelListener(records));
        Mocks.register("decideSupportPlan", new DecideSupportPlanListener(records));
        Mocks.register("showAssessmentSummary", (TaskListener) task -> { });
        Mocks.register("recordServiceNeedReview", new RecordServiceNeedReviewListener(records, identity));
        Mocks.register("recordWorkAbilityBaseline", new RecordWorkAbilityBaselineListener(records, identity));
        Mocks.register("recordDigitalSkillsTest", new RecordDigitalSkillsTestListener(records, identity));
        Mocks.register("recordPathwayDiscussion", new RecordPathwayDiscussionListener(records, identity));
        Mocks.register("recordWellbeingCheck", new RecordWellbeingCheckListener(records, identity));
        Mocks.register("recordCaseConference", new RecordCaseConferenceListener(records, identity));
        Mocks.register("recordOverdueAction", new RecordOverdueActionListener(records, identity));
    }
}
