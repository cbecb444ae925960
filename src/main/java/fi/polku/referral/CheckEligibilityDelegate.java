package fi.polku.referral;

import fi.polku.journey.JourneyCalendar;
import fi.polku.journey.JourneyProcess;
import fi.polku.journey.JourneyRepository;
import fi.polku.participant.ParticipantRepository;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * "Check eligibility": evaluates DMN {@code referral-eligibility} on the participant's facts, which
 * stay in the domain database; only the result and its reason become process variables.
 */
@Component("checkEligibility")
public class CheckEligibilityDelegate implements JavaDelegate {

    public static final String DECISION = "referral-eligibility";

    private final ParticipantRepository participants;
    private final JourneyRepository journeys;
    private final DecisionService decisionService;

    public CheckEligibilityDelegate(ParticipantRepository participants, JourneyRepository journeys,
                                    DecisionService decisionService) {
        this.participants = participants;
        this.journeys = journeys;
        this.decisionService = decisionService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID journeyId = JourneyProcess.journeyId(execution);
        ParticipantRepository.EligibilityFacts facts = participants.eligibilityFacts(journeyId);
        LocalDate today = JourneyCalendar.today();
        DmnDecisionResultEntries result = decisionService.evaluateDecisionByKey(DECISION)
                .variables(Variables.createVariables()
                        .putValue("municipality", facts.municipality().strip().toLowerCase(Locale.ROOT))
                        .putValue("age", Period.between(facts.birthDate(), today).getYears())
                        .putValue("educationLevel", facts.educationLevel())
                        .putValue("monthsUnemployed", facts.monthsUnemployed())
                        .putValue("ictBackground", facts.ictBackground().name()))
                .evaluate()
                .getSingleResult();
        if (result == null) {
            // The city edits this table; a gap in its rules must stop this journey visibly (an
            // incident in Cockpit after the retries) with a message an operator can act on, not a
            // NullPointerException. The facts stay out of the message: it is shown in Cockpit.
            throw new IllegalStateException("Decision table '" + DECISION + "' matched no rule for the participant of journey "
                    + journeyId + ": correct the table (every referral must match a rule, the last one a catch-all), "
                    + "deploy it and retry this job.");
        }
        String eligibility = result.getEntry("eligibility");
        String reason = result.getEntry("reason");
        journeys.recordEligibility(journeyId, eligibility, reason);
        execution.setVariable("eligibility", eligibility);
        execution.setVariable("eligibilityReason", reason);
    }
}
