package fi.polku.referral;

import static org.camunda.bpm.engine.variable.Variables.integerValue;
import static org.camunda.bpm.engine.variable.Variables.stringValue;

import fi.polku.journey.DecisionTaskListener;
import fi.polku.journey.JourneyCalendar;
import fi.polku.journey.JourneyRepository;
import fi.polku.participant.ParticipantRepository;
import java.time.Period;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * "Check eligibility", the business-rule task calling DMN {@code referral-eligibility}: hands it the
 * participant's facts, which stay in the domain database; only the result and its reason become
 * process variables.
 */
@Component("checkEligibility")
class CheckEligibilityListener extends DecisionTaskListener {

    static final String DECISION = "referral-eligibility";
    static final String RESULT = "eligibilityResult";

    private final ParticipantRepository participants;
    private final JourneyRepository journeys;

    CheckEligibilityListener(ParticipantRepository participants, JourneyRepository journeys) {
        super(DECISION, RESULT);
        this.participants = participants;
        this.journeys = journeys;
    }

    @Override
    protected VariableMap facts(UUID journeyId) {
        ParticipantRepository.EligibilityFacts facts = participants.eligibilityFacts(journeyId);
        int age = Period.between(facts.birthDate(), JourneyCalendar.today()).getYears();
        return Variables.createVariables()
                .putValueTyped("municipality", stringValue(facts.municipality().strip().toLowerCase(Locale.ROOT), true))
                .putValueTyped("age", integerValue(age, true))
                .putValueTyped("educationLevel", integerValue(facts.educationLevel(), true))
                .putValueTyped("monthsUnemployed", integerValue(facts.monthsUnemployed(), true))
                .putValueTyped("ictBackground", stringValue(facts.ictBackground().name(), true));
    }

    @Override
    protected void record(DelegateExecution execution, UUID journeyId, Map<String, Object> result) {
        String eligibility = (String) result.get("eligibility");
        String reason = (String) result.get("reason");
        journeys.recordEligibility(journeyId, eligibility, reason);
        execution.setVariable("eligibility", eligibility);
        execution.setVariable("eligibilityReason", reason);
    }
}
