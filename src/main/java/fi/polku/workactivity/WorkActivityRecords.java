package fi.polku.workactivity;

import fi.polku.journey.JourneyTables;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** What the work-activity journey records, in the domain tables of {@code V17__work_activity.sql}. */
@Repository
class WorkActivityRecords implements JourneyTables {

    private final JdbcTemplate jdbc;

    WorkActivityRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> erasedWithParticipant() {
        return List.of("in_work_check_in", "job_start", "job_search_meeting", "slow_job_search_action",
                "benefits_counselling", "vocational_profile", "digital_skills_assessment", "activation_plan_review",
                "work_activity");
    }

    record Plan(String workCentre, LocalDate startsOn, LocalDate endsOn, int daysPerWeek) {
    }

    record Profile(String workHistory, String studyHistory, String preferredSectors, String preferredTasks,
                   int preferredHours, String strengths, String disclosure, boolean benefitsCounsellingNeeded,
                   LocalDate profiledOn) {
    }

    record DigitalSkills(int information, int communication, int contentCreation, int safety, int problemSolving) {
    }

    record Meeting(LocalDate metOn, int employerContacts, LocalDate firstContactOn, int interviews, int offers,
                   String outcome, LocalDate resumeOn, String note) {
    }

    record Job(long id, String employer, LocalDate startedOn, int hoursPerWeek, String employmentType) {
    }

    record CheckIn(int number, LocalDate heldOn, boolean stillEmployed, Integer hoursPerWeek, Boolean supportNeeded,
                   boolean supportEnds, String note) {
    }

    /** The job search so far: what the meeting and check-in forms show. */
    record JobSearch(LocalDate profiledOn, int meetings, int employerContacts, LocalDate firstContactOn) {
    }

    Plan plan(UUID journeyId) {
        return jdbc.queryForObject("select work_centre, plan_starts_on, plan_ends_on, days_per_week from work_activity"
                        + " where journey_id = ?",
                (rs, row) -> new Plan(rs.getString("work_centre"), rs.getObject("plan_starts_on", LocalDate.class),
                        rs.getObject("plan_ends_on", LocalDate.class), rs.getInt("days_per_week")), journeyId);
    }

    void insertPlan(UUID journeyId, Plan plan) {
        jdbc.update("insert into work_activity (journey_id, work_centre, plan_starts_on, plan_ends_on, days_per_week)"
                + " values (?, ?, ?, ?, ?)", journeyId, plan.workCentre(), plan.startsOn(), plan.endsOn(), plan.daysPerWeek());
    }

    void saveProfile(UUID journeyId, Profile p, String by) {
        jdbc.update("""
                insert into vocational_profile (journey_id, work_history, study_history, preferred_sectors, preferred_tasks,
                    preferred_hours, strengths, disclosure, benefits_counselling_needed, profiled_on, profiled_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", journeyId, p.workHistory(), p.studyHistory(),
                p.preferredSectors(), p.preferredTasks(), p.preferredHours(), p.strengths(), p.disclosure(),
                p.benefitsCounsellingNeeded(), p.profiledOn(), by);
    }

    void saveBenefitsCounselling(UUID journeyId, LocalDate counselledOn, String note, String by) {
        jdbc.update("insert into benefits_counselling (journey_id, counselled_on, note, counselled_by) values (?, ?, ?, ?)",
                journeyId, counselledOn, note, by);
    }

    void saveDigitalSkills(UUID journeyId, DigitalSkills s, String note, String by) {
        jdbc.update("""
                insert into digital_skills_assessment (journey_id, information, communication, content_creation, safety,
                    problem_solving, note, assessed_by) values (?, ?, ?, ?, ?, ?, ?, ?)""", journeyId, s.information(),
                s.communication(), s.contentCreation(), s.safety(), s.problemSolving(), note, by);
    }

    DigitalSkills digitalSkills(UUID journeyId) {
        return jdbc.queryForObject("select information, communication, content_creation, safety, problem_solving"
                        + " from digital_skills_assessment where journey_id = ?",
                (rs, row) -> new DigitalSkills(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)),
                journeyId);
    }

    void recordLearningPath(UUID journeyId, String learningPath) {
        jdbc.update("update work_activity set learning_path = ? where journey_id = ?", learningPath, journeyId);
    }

    void saveMeeting(UUID journeyId, Meeting m, String by) {
        jdbc.update("""
                insert into job_search_meeting (journey_id, met_on, employer_contacts, first_contact_on, interviews, offers,
                    outcome, resume_on, note, held_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", journeyId, m.metOn(),
                m.employerContacts(), m.firstContactOn(), m.interviews(), m.offers(), m.outcome(), m.resumeOn(), m.note(), by);
    }

    JobSearch jobSearch(UUID journeyId) {
        return jdbc.queryForObject("""
                select (select profiled_on from vocational_profile where journey_id = ?) as profiled_on,
                       count(*) as meetings, coalesce(sum(employer_contacts), 0) as contacts,
                       min(first_contact_on) as first_contact_on
                from job_search_meeting where journey_id = ?""",
                (rs, row) -> new JobSearch(rs.getObject("profiled_on", LocalDate.class), rs.getInt("meetings"),
                        rs.getInt("contacts"), rs.getObject("first_contact_on", LocalDate.class)), journeyId, journeyId);
    }

    /** The date the latest paused meeting set for resuming the search. */
    LocalDate resumeOn(UUID journeyId) {
        return jdbc.queryForObject("select resume_on from job_search_meeting where journey_id = ? and outcome = 'PAUSED'"
                + " order by id desc limit 1", LocalDate.class, journeyId);
    }

    void startJob(UUID journeyId, String employer, LocalDate startedOn, int hoursPerWeek, String employmentType) {
        jdbc.update("insert into job_start (journey_id, employer, started_on, hours_per_week, employment_type)"
                + " values (?, ?, ?, ?, ?)", journeyId, employer, startedOn, hoursPerWeek, employmentType);
    }

    /** The job the client is in now: the latest started and not ended. */
    Optional<Job> currentJob(UUID journeyId) {
        return jdbc.query("select id, employer, started_on, hours_per_week, employment_type from job_start"
                        + " where journey_id = ? and ended_on is null order by id desc limit 1",
                (rs, row) -> new Job(rs.getLong("id"), rs.getString("employer"),
                        rs.getObject("started_on", LocalDate.class), rs.getInt("hours_per_week"),
                        rs.getString("employment_type")), journeyId).stream().findFirst();
    }

    void saveCheckIn(UUID journeyId, Job job, CheckIn c, String by) {
        jdbc.update("""
                insert into in_work_check_in (journey_id, job_start_id, check_in_number, held_on, still_employed,
                    hours_per_week, support_needed, support_ends, note, held_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                journeyId, job.id(), c.number(), c.heldOn(), c.stillEmployed(), c.hoursPerWeek(), c.supportNeeded(),
                c.supportEnds(), c.note(), by);
    }

    void endJob(long jobId, LocalDate endedOn) {
        jdbc.update("update job_start set ended_on = ? where id = ?", endedOn, jobId);
    }

    void saveSlowJobSearchAction(UUID journeyId, String action, String note, String by) {
        jdbc.update("insert into slow_job_search_action (journey_id, action, note, decided_by) values (?, ?, ?, ?)",
                journeyId, action, note, by);
    }

    /** What the social worker wrote at the latest activation-plan review. */
    String latestReviewNote(UUID journeyId) {
        return jdbc.queryForObject("select note from activation_plan_review where journey_id = ? order by id desc limit 1",
                String.class, journeyId);
    }

    /** The review and, for an extension, the plan's new end date, which the plan-end timer then follows. */
    void saveReview(UUID journeyId, String decision, LocalDate planEndedOn, LocalDate newPlanEndsOn, String note,
                    String by) {
        jdbc.update("""
                insert into activation_plan_review (journey_id, decision, plan_ended_on, new_plan_ends_on, note, reviewed_by)
                values (?, ?, ?, ?, ?, ?)""", journeyId, decision, planEndedOn, newPlanEndsOn, note, by);
        if (newPlanEndsOn != null) {
            jdbc.update("update work_activity set plan_ends_on = ? where journey_id = ?", newPlanEndsOn, journeyId);
        }
    }
}
