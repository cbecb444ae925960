package fi.polku.security;

import java.util.Arrays;
import java.util.List;

/** The Camunda groups of Polku and what kind of work each does (see the roles table in journey.md). */
public enum Role {
    REFERRAL_COORDINATORS("referral-coordinators", "Referral coordinators", true),
    JOB_COACHES("job-coaches", "Job coaches", true),
    SOCIAL_INSTRUCTORS("social-instructors", "Social instructors", true),
    STUDY_COUNSELLORS("study-counsellors", "Study counsellors", true),
    EMPLOYER_COORDINATORS("employer-coordinators", "Employer coordinators", true),
    TEAM_LEADS("team-leads", "Team leads", true),
    SOCIAL_WORKERS("social-workers", "Social workers", true),
    WORK_ACTIVITY_INSTRUCTORS("work-activity-instructors", "Work-activity instructors", true),
    SUPPLEMENT_HANDLERS("supplement-handlers", "Supplement handlers", true, false),
    MANAGERS("managers", "Managers", false),
    INTEGRATIONS("integrations", "Integrations", false),
    ADMINS("camunda-admin", "Administrators", false);

    private final String groupId;
    private final String displayName;
    private final boolean worksTasks;
    private final boolean journeyTeam;

    Role(String groupId, String displayName, boolean worksTasks) {
        this(groupId, displayName, worksTasks, worksTasks);
    }

    Role(String groupId, String displayName, boolean worksTasks, boolean journeyTeam) {
        this.groupId = groupId;
        this.displayName = displayName;
        this.worksTasks = worksTasks;
        this.journeyTeam = journeyTeam;
    }

    public String groupId() {
        return groupId;
    }

    public String displayName() {
        return displayName;
    }

    /** Members work their group's tasks in Tasklist. */
    public boolean worksTasks() {
        return worksTasks;
    }

    /**
     * The multi-professional team around the participants' journeys, who read the journeys they
     * work on. Supplement handlers work in Tasklist too, but on employers' applications only.
     */
    public static List<Role> team() {
        return Arrays.stream(values()).filter(role -> role.journeyTeam).toList();
    }

    /** Every group whose members work tasks in Tasklist: the team and the supplement handlers. */
    public static List<Role> taskWorkers() {
        return Arrays.stream(values()).filter(Role::worksTasks).toList();
    }

    public static boolean exists(String groupId) {
        return Arrays.stream(values()).anyMatch(r -> r.groupId.equals(groupId));
    }
}
