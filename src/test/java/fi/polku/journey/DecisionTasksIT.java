package fi.polku.journey;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.support.IntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The decision tables are called from the models' business-rule tasks: each evaluation stands in
 * the history of its phase instance at its task, while neither the facts handed to the table nor
 * the result it gave is ever a stored variable (runtime, variable history or its details).
 */
class DecisionTasksIT extends IntegrationTest {

    private static final List<String> NEVER_STORED = List.of(
            // facts of referral-eligibility, course-level and support-plan
            "municipality", "age", "educationLevel", "monthsUnemployed", "ictBackground", "digitalSkillsScore",
            "crearWellbeing", "supportNeedLevel",
            // the results as the tasks map them, and the engine's own copy
            "eligibilityResult", "courseLevelResult", "supportPlanResult", "decisionResult");

    @BeforeEach
    void startWithAFreePlace() {
        freeAllPlaces();
    }

    @Test
    void eachDecisionIsTakenAtItsTaskAndItsFactsAndResultAreNeverStored() {
        String journeyId = journeyInAssessment();
        assess(journeyId, 2, "SOME");
        awaitTask(journeyId, "Task_ArrangeWellbeingCheck");

        List<String> instances = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(journeyId)
                .list().stream().map(HistoricProcessInstance::getId).toList();
        List<String> decisions = instances.stream().flatMap(instance -> historyService
                        .createHistoricDecisionInstanceQuery().processInstanceId(instance).list().stream())
                .map(DecisionTasksIT::describe).toList();
        assertThat(decisions).containsExactlyInAnyOrder(
                "referral-eligibility at referral:Task_CheckEligibility",
                "course-level at initial-assessment:Task_DetermineCourseLevel",
                "support-plan at initial-assessment:Task_DecideSupportPlan");
        assertThat(jdbc.queryForObject("select wellbeing_check_needed from assessment where journey_id = ?::uuid",
                Boolean.class, journeyId)).isTrue();

        NamedParameterJdbcTemplate sql = new NamedParameterJdbcTemplate(jdbc);
        MapSqlParameterSource journey = new MapSqlParameterSource("instances", instances).addValue("names", NEVER_STORED);
        assertThat(sql.queryForList("""
                select name_ from act_ru_variable where proc_inst_id_ in (:instances) and name_ in (:names)
                union all
                select name_ from act_hi_varinst where proc_inst_id_ in (:instances) and name_ in (:names)
                union all
                select name_ from act_hi_detail where proc_inst_id_ in (:instances) and name_ in (:names)""",
                journey, String.class)).isEmpty();
        // What routes the flow is a variable, as before (the referral instance has ended: its history).
        assertThat(sql.queryForList("select distinct name_ from act_hi_varinst where proc_inst_id_ in (:instances)",
                journey, String.class)).contains("eligibility", "eligibilityReason", "wellbeingCheckNeeded");
    }

    private static String describe(HistoricDecisionInstance decision) {
        return decision.getDecisionDefinitionKey() + " at " + decision.getProcessDefinitionKey() + ":"
                + decision.getActivityId();
    }
}
