package fi.polku.referral;

import fi.polku.journey.Decisions;
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
        DmnDecisionResultEntries result = Decisions.singleResult(decisionService.evaluateDecisionByKey(DECISION)
                .variables(Variables.createVariables()
                        .putValue("municipality", facts.municipality().strip().toLowerCase(Locale.ROOT))
                        .putValue("age", Period.between(facts.birthDate(), today).getYears())
                        .putValue("educationLevel", facts.educationLevel())
                        .putValue("monthsUnemployed", facts.monthsUnemployed())
                        .putValue("ictBackground", facts.ictBackground().name()))
                .evaluate(), DECISION, journeyId);
        String eligibility = result.getEntry("eligibility");
        String reason = result.getEntry("reason");
        journeys.recordEligibility(journeyId, eligibility, reason);
        execution.setVariable("eligibility", eligibility);
        execution.setVariable("eligibilityReason", reason);
    }
}
