package fi.polku.participant;

import java.util.Set;

/**
 * Form values and decision results on their way to the domain database: personal data, free text,
 * assessment results. The listener of each task moves them there and removes them;
 * {@link PersonalDataHistoryFilter} keeps them out of the engine's history, so the domain database is
 * their only home. Variables that route the flow (decisions, outcomes, the track) are not listed and
 * stay.
 */
public final class PersonalDataVariables {

    /** The Tasklist start form {@code referral-start} submits the whole referral as this object. */
    public static final String INTAKE = "intake";

    /** The review and interview forms' read-only copy of the referral. */
    public static final String REFERRAL_SUMMARY = "referral";

    /** The case conference's read-only copy of the assessment. */
    public static final String ASSESSMENT_SUMMARY = "assessment";

    /** The placement tasks' read-only copy of the match (company, role, supervisor, dates). */
    public static final String PLACEMENT_SUMMARY = "placement";

    /** The matching form's options: the active companies of the register. */
    public static final String PARTNER_COMPANIES = "partnerCompanies";

    /** The exit review's read-only note of how the participant left. */
    public static final String LEAVING_SUMMARY = "leaving";

    public static final Set<String> NAMES = Set.of(
            INTAKE, REFERRAL_SUMMARY,
            // referral
            "reviewNote", "interviewNote", "interviewDate", "motivation", "preferredWorkTeam",
            // initial assessment
            ASSESSMENT_SUMMARY, "crearStudies", "crearTimeUse", "crearWellbeing", "crearCareerPlanning",
            "crearEmployment", "supportNeedLevel", "supportNeeds", "serviceNeedNote", "workAbilityScore",
            "digitalSkillsScore", "pathwayInterest", "priorCredits", "pathwayNote", "wellbeingCheckDate",
            "wellbeingCheckProvider", "goal1", "goal2", "goal3", "studyPlan", "guidanceAgreement", "overdueAction",
            // wage-subsidy period
            "decisionNumber", "subsidyDecision", "funding", "subsidyPercent", "subsidyStart", "subsidyEnd",
            "contractDate", "workTeam", "mentor", "meetingDate", "meetingNote", "pathwayDecision", "attended",
            "progress", "applicationsSent", "creditsEarned", "commitment", "traineeReadiness",
            // trainee placement
            PLACEMENT_SUMMARY, PARTNER_COMPANIES, "partnerCompany", "placementRole", "supervisorName",
            "supervisorEmail", "placementStart", "placementEnd", "companyAnswer", "answerNote", "hiringOutcome",
            "contractType", "employmentStart", "hoursPerWeek", "paySubsidised", "hiringFeedback", "informedOn",
            "informedChannel", "informedNote",
            // follow-up
            LEAVING_SUMMARY, "leftOn", "qualificationGained", "creditsGained", "workAbilityAtExit", "feedbackScore",
            "feedbackComment", "certificatesIssued", "employmentType", "contactedOn", "contactResult", "situation",
            "followUpNote",
            // decision results on their way to the domain tables (the business-rule tasks' resultVariable;
            // DecisionTaskListener removes them at once): the decision's own history keeps the result
            "eligibilityResult", "courseLevelResult", "supportPlanResult", "supplementResult");

    private PersonalDataVariables() {
    }
}
