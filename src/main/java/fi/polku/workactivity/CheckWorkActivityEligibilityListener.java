package fi.polku.workactivity;

import static org.camunda.bpm.engine.variable.Variables.integerValue;
import static org.camunda.bpm.engine.variable.Variables.stringValue;

import fi.polku.journey.DecisionTaskListener;
import fi.polku.journey.JourneyCalendar;
import fi.polku.journey.JourneyRepository;
import fi.polku.participant.ParticipantRepository;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * "Check eligibility" of the work-activity journey, calling DMN {@code work-activity-eligibility}:
 * the participant's residence and age and the activation plan's length and days left, from the
 * domain database; only the result and its reason become process variables.
 */
@Component("checkWorkActivityEligibility")
class CheckWorkActivityEligibilityListener extends DecisionTaskListener {

    static final String DECISION = "work-activity-eligibility";
    static final String RESULT = "workActivityEligibilityResult";

    private final ParticipantRepository participants;
    private final JourneyRepository journeys;
    private final WorkActivityRecords records;

    CheckWorkActivityEligibilityListener(ParticipantRepository participants, JourneyRepository journeys,
                                         WorkActivityRecords records) {
        super(DECISION, RESULT);
        this.participants = participants;
        this.journeys = journeys;
        this.records = records;
    }

    @Override
    protected VariableMap facts(UUID journeyId) {
        ParticipantRepository.EligibilityFacts facts = participants.eligibilityFacts(journeyId);
        WorkActivityRecords.Plan plan = records.plan(journeyId);
        LocalDate today = JourneyCalendar.today();
        return Variables.createVariables()
                .putValueTyped("municipality", stringValue(facts.municipality().strip().toLowerCase(Locale.ROOT), true))
                .putValueTyped("age", integerValue(Period.between(facts.birthDate(), today).getYears(), true))
                .putValueTyped("planMonths", integerValue(planMonths(plan), true))
                .putValueTyped("planDaysLeft", integerValue((int) ChronoUnit.DAYS.between(today, plan.endsOn()), true));
    }

    /** The plan's whole months, its end date included: 1.1.–31.3. is three months. */
    static int planMonths(WorkActivityRecords.Plan plan) {
        return (int) Period.between(plan.startsOn(), plan.endsOn().plusDays(1)).toTotalMonths();
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
