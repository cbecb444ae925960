package fi.polku.casefile;

import fi.polku.security.ApiCaller;
import fi.polku.security.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The parts of a case file and who sees each (minimisation, README "The case file"): a group sees
 * what its work needs. Team leads and administrators see every part; managers and integrations
 * none (they have the dashboard and the status API).
 */
enum CasePart {
    /** Source, reason, the referrer, and the referrer's answers to requests for more information. */
    REFERRAL(Role.REFERRAL_COORDINATORS, Role.JOB_COACHES, Role.SOCIAL_INSTRUCTORS, Role.STUDY_COUNSELLORS,
            Role.SOCIAL_WORKERS),
    /** What each professional recorded in tasks, except the support records below. */
    RECORDS(Role.REFERRAL_COORDINATORS, Role.JOB_COACHES, Role.SOCIAL_INSTRUCTORS, Role.STUDY_COUNSELLORS,
            Role.EMPLOYER_COORDINATORS, Role.SOCIAL_WORKERS, Role.WORK_ACTIVITY_INSTRUCTORS),
    /**
     * Well-being, work ability, support needs and benefits: social instructors, social workers and
     * the case conference (team leads).
     */
    SUPPORT(Role.SOCIAL_INSTRUCTORS, Role.SOCIAL_WORKERS),
    /** Decisions with their reasons, the decision tables' results included. */
    DECISIONS(Role.REFERRAL_COORDINATORS, Role.JOB_COACHES, Role.SOCIAL_INSTRUCTORS, Role.STUDY_COUNSELLORS,
            Role.EMPLOYER_COORDINATORS, Role.SOCIAL_WORKERS, Role.WORK_ACTIVITY_INSTRUCTORS),
    /** Events received from integrations and the team (the referrer's answers are under REFERRAL). */
    EVENTS(Role.REFERRAL_COORDINATORS, Role.JOB_COACHES, Role.SOCIAL_INSTRUCTORS, Role.STUDY_COUNSELLORS,
            Role.EMPLOYER_COORDINATORS, Role.SOCIAL_WORKERS, Role.WORK_ACTIVITY_INSTRUCTORS),
    /** Notifications sent to referrers and companies, with their delivery state. */
    NOTIFICATIONS(Role.REFERRAL_COORDINATORS, Role.EMPLOYER_COORDINATORS, Role.SOCIAL_WORKERS),
    /** Open and completed tasks, with who and when. */
    TASKS(Role.REFERRAL_COORDINATORS, Role.JOB_COACHES, Role.SOCIAL_INSTRUCTORS, Role.STUDY_COUNSELLORS,
            Role.EMPLOYER_COORDINATORS, Role.SOCIAL_WORKERS, Role.WORK_ACTIVITY_INSTRUCTORS),
    /**
     * The Helsinki supplement applications the hired participant's employer made (status, dates,
     * the amount decided): employer coordinators, who invited the employer to apply, and team leads.
     * Not the employee's pay or the employer's bank details, which stay with the supplement handlers.
     */
    SUPPLEMENT(Role.EMPLOYER_COORDINATORS),
    /** The team's dated notes; every team member reads and adds them. */
    NOTES(Role.REFERRAL_COORDINATORS, Role.JOB_COACHES, Role.SOCIAL_INSTRUCTORS, Role.STUDY_COUNSELLORS,
            Role.EMPLOYER_COORDINATORS, Role.SOCIAL_WORKERS, Role.WORK_ACTIVITY_INSTRUCTORS);

    /**
     * The forms whose records are support details (well-being, work ability, the service-need
     * self-assessment, social guidance, the case conference, benefits counselling), shown only
     * under {@link #SUPPORT}.
     */
    static final Set<String> SUPPORT_FORMS = Set.of("review-service-need", "record-work-ability-baseline",
            "arrange-wellbeing-check", "hold-social-guidance-session", "hold-case-conference", "hold-benefits-counselling");

    private final List<Role> readers;

    CasePart(Role... readers) {
        this.readers = List.of(readers);
    }

    public String code() {
        return name().toLowerCase();
    }

    /** The parts the caller may read; empty for a caller outside the team. */
    static Set<CasePart> readableBy(ApiCaller caller) {
        if (caller.isIn(Role.TEAM_LEADS)) {
            return EnumSet.allOf(CasePart.class);
        }
        Set<CasePart> parts = EnumSet.noneOf(CasePart.class);
        Arrays.stream(values()).filter(part -> part.readers.stream().anyMatch(role -> caller.groups().contains(role.groupId())))
                .forEach(parts::add);
        return parts;
    }

    static CasePart ofForm(String formKey) {
        return SUPPORT_FORMS.contains(formKey) ? SUPPORT : RECORDS;
    }
}
