package fi.polku.assessment;

import fi.polku.journey.JourneyTables;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The initial assessment in the domain database. Each of the parallel tasks fills its own columns
 * of the journey's {@code assessment} row, in whatever order they complete.
 */
@Repository
class AssessmentRecords implements JourneyTables {

    private final JdbcTemplate jdbc;

    public AssessmentRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> erasedWithParticipant() {
        return List.of("assessment_escalation", "wellbeing_check", "assessment_note", "assessment_goal", "support_need", "assessment");
    }

    public record ServiceNeed(int studies, int timeUse, int wellbeing, int careerPlanning, int employment,
                              String supportNeedLevel, List<String> supportNeeds) {
    }

    public void recordServiceNeed(UUID journeyId, ServiceNeed need, String by) {
        upsert(journeyId, columns("crear_studies", need.studies(), "crear_time_use", need.timeUse(),
                "crear_wellbeing", need.wellbeing(), "crear_career_planning", need.careerPlanning(),
                "crear_employment", need.employment(), "support_need_level", need.supportNeedLevel(),
                "service_need_by", by));
        jdbc.update("delete from support_need where journey_id = ?", journeyId);
        need.supportNeeds().forEach(area ->
                jdbc.update("insert into support_need (journey_id, area) values (?, ?)", journeyId, area));
    }

    public void recordWorkAbility(UUID journeyId, int score, String by) {
        upsert(journeyId, columns("work_ability_score", score, "work_ability_by", by));
    }

    public void recordDigitalSkills(UUID journeyId, int score, String by) {
        upsert(journeyId, columns("digital_skills_score", score, "digital_skills_by", by));
    }

    public void recordCourse(UUID journeyId, String code, String name) {
        upsert(journeyId, columns("course_code", code, "course_name", name));
    }

    public void recordPathway(UUID journeyId, String interest, int priorCredits, String by) {
        upsert(journeyId, columns("pathway_interest", interest, "prior_credits", priorCredits, "pathway_by", by));
    }

    public void recordSupportPlan(UUID journeyId, boolean checkNeeded, String reason) {
        upsert(journeyId, columns("wellbeing_check_needed", checkNeeded, "support_plan_reason", reason));
    }

    public record Conference(String track, String referralService, List<String> goals, String studyPlan,
                             String guidanceAgreement) {
    }

    public void recordConference(UUID journeyId, Conference conference, String by) {
        upsert(journeyId, columns("track", conference.track(), "referral_service", conference.referralService(),
                "study_plan", conference.studyPlan(), "guidance_agreement", conference.guidanceAgreement(),
                "conference_by", by));
        jdbc.update("update assessment set completed_at = now() where journey_id = ?", journeyId);
        jdbc.update("delete from assessment_goal where journey_id = ?", journeyId);
        for (int i = 0; i < conference.goals().size(); i++) {
            jdbc.update("insert into assessment_goal (journey_id, position, goal) values (?, ?, ?)", journeyId, i + 1,
                    conference.goals().get(i));
        }
    }

    public void addWellbeingCheck(UUID journeyId, LocalDate arrangedOn, String provider, String by) {
        jdbc.update("insert into wellbeing_check (journey_id, arranged_on, provider, arranged_by) values (?, ?, ?, ?)",
                journeyId, arrangedOn, provider, by);
    }

    public void addNote(UUID journeyId, String task, String note, String by) {
        if (note != null) {
            jdbc.update("insert into assessment_note (journey_id, task, note, written_by) values (?, ?, ?, ?)",
                    journeyId, task, note, by);
        }
    }

    public void addEscalation(UUID journeyId, String action, String by) {
        jdbc.update("insert into assessment_escalation (journey_id, action, acted_by) values (?, ?, ?)",
                journeyId, action, by);
    }

    public int digitalSkillsScore(UUID journeyId) {
        return jdbc.queryForObject("select digital_skills_score from assessment where journey_id = ?", Integer.class,
                journeyId);
    }

    /** CREAR well-being and support-need level: the inputs of DMN support-plan. */
    public Map<String, Object> supportPlanFacts(UUID journeyId) {
        return jdbc.queryForMap("select crear_wellbeing, support_need_level from assessment where journey_id = ?",
                journeyId);
    }

    /** What the case conference sees: scores, levels, course and pathway interest (no support-need areas). */
    public Map<String, Object> conferenceSummary(UUID journeyId) {
        Map<String, Object> row = jdbc.queryForMap("""
                select crear_studies, crear_time_use, crear_wellbeing, crear_career_planning, crear_employment,
                       support_need_level, work_ability_score, digital_skills_score, course_code, pathway_interest,
                       prior_credits, wellbeing_check_needed
                from assessment where journey_id = ?""", journeyId);
        List<Map<String, Object>> checks = jdbc.queryForList(
                "select arranged_on, provider from wellbeing_check where journey_id = ? order by id desc limit 1", journeyId);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("crearStudies", row.get("crear_studies"));
        summary.put("crearTimeUse", row.get("crear_time_use"));
        summary.put("crearWellbeing", row.get("crear_wellbeing"));
        summary.put("crearCareerPlanning", row.get("crear_career_planning"));
        summary.put("crearEmployment", row.get("crear_employment"));
        summary.put("supportNeedLevel", row.get("support_need_level"));
        summary.put("workAbilityScore", row.get("work_ability_score"));
        summary.put("digitalSkillsScore", row.get("digital_skills_score"));
        summary.put("course", row.get("course_code"));
        summary.put("pathwayInterest", row.get("pathway_interest"));
        summary.put("priorCredits", row.get("prior_credits"));
        // Codes and ISO dates: Tasklist shows them as words and dates in the reader's language (WebappTexts)
        summary.put("wellbeingCheck", !checks.isEmpty() ? "ARRANGED"
                : Boolean.TRUE.equals(row.get("wellbeing_check_needed")) ? "NEEDED_NOT_ARRANGED" : "NOT_NEEDED");
        summary.put("checkArrangedOn", checks.isEmpty() ? "" : String.valueOf(checks.get(0).get("arranged_on")));
        summary.put("checkProvider", checks.isEmpty() ? "" : checks.get(0).get("provider"));
        return summary;
    }

    /** Inserts the journey's row or updates the given columns of it. */
    private void upsert(UUID journeyId, Map<String, Object> values) {
        List<String> columns = List.copyOf(values.keySet());
        String names = String.join(", ", columns);
        String placeholders = String.join(", ", columns.stream().map(c -> "?").toList());
        String updates = String.join(", ", columns.stream().map(c -> c + " = excluded." + c).toList());
        Object[] args = new Object[columns.size() + 1];
        args[0] = journeyId;
        for (int i = 0; i < columns.size(); i++) {
            args[i + 1] = values.get(columns.get(i));
        }
        jdbc.update("insert into assessment (journey_id, " + names + ") values (?, " + placeholders + ")"
                + " on conflict (journey_id) do update set " + updates, args);
    }

    /** Column names and values in pairs; values may be null (who recorded it may be unknown). */
    private static Map<String, Object> columns(Object... namesAndValues) {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            columns.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return columns;
    }
}
