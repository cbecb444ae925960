package fi.polku.participant;

import fi.polku.engine.VariableHistoryExclusion;
import fi.polku.tasklist.FormFields;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Form values on their way to the domain database: personal data, free text, assessment results.
 * The listener of each task moves them there and removes them; the engine's history leaves them
 * out ({@link VariableHistoryExclusion}), so the domain database is their only home. Variables
 * that route the flow (decisions, outcomes, the track) are not listed and stay.
 */
@Component
public class PersonalDataVariables implements VariableHistoryExclusion {

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

    /** The work-activity tasks' read-only copy of the work activity and its activation plan. */
    public static final String WORK_ACTIVITY_SUMMARY = "workActivity";

    /** The job-search and in-work tasks' read-only copy of the job search so far and the current job. */
    public static final String JOB_SEARCH_SUMMARY = "jobSearch";

    /**
     * Form fields that route the flow: the models' gateways and listeners read them after the task
     * has ended, so they stay variables, and in the history.
     */
    static final Set<String> ROUTING = Set.of("reviewDecision", "declineReason", "interviewOutcome", "waitingDecision",
            "referralService", "track", "concern", "outcomeOnLeaving", "jobSearchOutcome", "planDecision");

    /** Every field of every form but the routing ones, and the read-only summaries shown on tasks. */
    public static final Set<String> NAMES = Stream.concat(
                    FormFields.all().stream().flatMap(form -> form.fields().keySet().stream())
                            .filter(name -> !ROUTING.contains(name)),
                    Stream.of(INTAKE, REFERRAL_SUMMARY, ASSESSMENT_SUMMARY, PLACEMENT_SUMMARY, PARTNER_COMPANIES,
                            LEAVING_SUMMARY, WORK_ACTIVITY_SUMMARY, JOB_SEARCH_SUMMARY))
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public boolean excludes(String variableName) {
        return NAMES.contains(variableName);
    }
}
