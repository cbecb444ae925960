package fi.polku.followup;

import fi.polku.journey.JourneyCalendar;
import fi.polku.journey.JourneyProcess;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the follow-up's forms record. Variables left behind: the outcome on leaving (the referrer is
 * told it) and whether a follow-up is done (reached, or the second attempt failed).
 */
@Configuration(proxyBeanMethods = false)
class RecordFollowUpListeners {

    public static final String LEAVING_ROUTE = "leavingRoute";
    public static final String OUTCOME_ON_LEAVING = "outcomeOnLeaving";
    public static final String FOLLOW_UP_DONE = "followUpDone";

    /** Two failed contact attempts at a checkpoint record the situation as UNKNOWN. */
    static final int MAX_FAILED_ATTEMPTS = 2;
    /** A leaving date further ahead than this is a typing mistake. */
    static final int MAX_DAYS_AHEAD = 31;

    static final Set<String> SITUATIONS = Arrays.stream(FollowUpRecords.Situation.values()).map(Enum::name)
            .collect(Collectors.toSet());
    static final Set<String> KNOWN_SITUATIONS = SITUATIONS.stream().filter(s -> !"UNKNOWN".equals(s))
            .collect(Collectors.toSet());
    static final Set<String> EMPLOYMENT_TYPES = Set.of("OPEN_MARKET", "SUBSIDISED", "SELF_EMPLOYED");
    static final Set<String> CONTACT_RESULTS = Set.of("REACHED", "NOT_REACHED");

    /** "Hold exit review": the leaving date and the situation on leaving, what was gained, the feedback. */
    @Bean
    public CompletedTaskListener recordExitReview(FollowUpRecords records, IdentityService identityService) {
        return new CompletedTaskListener(identityService) {
            @Override
            protected void record(DelegateExecution execution, FormValues form, String completedBy) {
                LocalDate leftOn = form.requiredDate("leftOn");
                if (leftOn.isAfter(JourneyCalendar.today().plusDays(MAX_DAYS_AHEAD))) {
                    throw FormValues.invalid("leftOn", "must be at most " + MAX_DAYS_AHEAD + " days from today");
                }
                FollowUpRecords.Situation outcome = FollowUpRecords.Situation.valueOf(
                        form.requiredChoice(OUTCOME_ON_LEAVING, SITUATIONS));
                Object route = execution.getVariable(LEAVING_ROUTE);
                records.saveExitReview(JourneyProcess.journeyId(execution), new FollowUpRecords.ExitReview(leftOn,
                        route == null ? null : route.toString(), outcome, employmentType(form, outcome),
                        form.flag("qualificationGained"), form.requiredInt("creditsGained", 0, 400),
                        form.requiredInt("workAbilityAtExit", 0, 10), form.requiredInt("feedbackScore", 1, 5),
                        form.optionalText("feedbackComment", 2000), form.flag("certificatesIssued")), completedBy);
                form.discard("leftOn", "employmentType", "qualificationGained", "creditsGained", "workAbilityAtExit",
                        "feedbackScore", "feedbackComment", "certificatesIssued");
            }
        };
    }

    /** "Hold 3-month follow-up". */
    @Bean
    public CompletedTaskListener recordThreeMonthFollowUp(FollowUpRecords records, IdentityService identityService) {
        return followUp(FollowUpRecords.Checkpoint.THREE_MONTHS, records, null, identityService);
    }

    /** "Hold 6-month follow-up": its situation is also the six-month indicator. */
    @Bean
    public CompletedTaskListener recordSixMonthFollowUp(FollowUpRecords records, IndicatorRecords indicators,
                                                        IdentityService identityService) {
        return followUp(FollowUpRecords.Checkpoint.SIX_MONTHS, records, indicators, identityService);
    }

    private static CompletedTaskListener followUp(FollowUpRecords.Checkpoint checkpoint, FollowUpRecords records,
                                                  IndicatorRecords indicators, IdentityService identityService) {
        return new CompletedTaskListener(identityService) {
            @Override
            protected void record(DelegateExecution execution, FormValues form, String completedBy) {
                UUID journeyId = JourneyProcess.journeyId(execution);
                LocalDate contactedOn = form.requiredDate("contactedOn");
                boolean reached = "REACHED".equals(form.requiredChoice("contactResult", CONTACT_RESULTS));
                boolean lastAttempt = records.attempts(journeyId, checkpoint) + 1 >= MAX_FAILED_ATTEMPTS;
                FollowUpRecords.Situation situation = reached
                        ? FollowUpRecords.Situation.valueOf(form.requiredChoice("situation", KNOWN_SITUATIONS))
                        : lastAttempt ? FollowUpRecords.Situation.UNKNOWN : null;
                records.addFollowUp(journeyId, checkpoint, new FollowUpRecords.FollowUp(contactedOn, reached, situation,
                        reached ? employmentType(form, situation) : null, form.optionalText("followUpNote", 2000)),
                        completedBy);
                if (indicators != null && situation != null) {
                    indicators.recordSixMonths(journeyId, situation, contactedOn);
                }
                execution.setVariable(FOLLOW_UP_DONE, situation != null);
                form.discard("contactedOn", "contactResult", "situation", "employmentType", "followUpNote");
            }
        };
    }

    /** How the participant is employed: required when employed, ignored otherwise. */
    private static String employmentType(FormValues form, FollowUpRecords.Situation situation) {
        return situation == FollowUpRecords.Situation.EMPLOYED ? form.requiredChoice("employmentType", EMPLOYMENT_TYPES)
                : null;
    }
}
