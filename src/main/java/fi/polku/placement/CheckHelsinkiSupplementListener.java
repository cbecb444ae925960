package fi.polku.placement;

import static org.camunda.bpm.engine.variable.Variables.booleanValue;
import static org.camunda.bpm.engine.variable.Variables.integerValue;
import static org.camunda.bpm.engine.variable.Variables.stringValue;

import fi.polku.journey.DecisionTaskListener;
import fi.polku.journey.JourneyCalendar;
import fi.polku.participant.ParticipantRepository;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * "Check Helsinki supplement eligibility", the business-rule task calling DMN
 * {@code helsinki-supplement-eligibility} on the hiring decision, the employer and the participant's
 * home municipality. The result and the terms to tell the employer are stored; only whether it is
 * eligible routes the process.
 */
@Component("checkHelsinkiSupplement")
class CheckHelsinkiSupplementListener extends DecisionTaskListener {

    static final String DECISION = "helsinki-supplement-eligibility";
    static final String RESULT = "supplementResult";
    static final String ELIGIBLE = "supplementEligible";

    private final PlacementRecords records;
    private final ParticipantRepository participants;

    CheckHelsinkiSupplementListener(PlacementRecords records, ParticipantRepository participants) {
        super(DECISION, RESULT);
        this.records = records;
        this.participants = participants;
    }

    @Override
    protected VariableMap facts(UUID journeyId) {
        PlacementRecords.HiringDecision hiring = records.hiringDecision(journeyId);
        PlacementRecords.Placement placement = records.requireCurrent(journeyId);
        // Whole months since the job started; a job that starts later counts as 0.
        long monthsSinceStart = Math.max(0, ChronoUnit.MONTHS.between(hiring.employmentStart(), JourneyCalendar.today()));
        String municipality = participants.eligibilityFacts(journeyId).municipality().strip().toLowerCase(Locale.ROOT);
        return Variables.createVariables()
                .putValueTyped("employerType", stringValue(placement.organisationType().name(), true))
                .putValueTyped("hoursPerWeek", integerValue(hiring.hoursPerWeek(), true))
                .putValueTyped("paySubsidised", booleanValue(Boolean.TRUE.equals(hiring.paySubsidised()), true))
                .putValueTyped("monthsSinceStart", integerValue((int) monthsSinceStart, true))
                .putValueTyped("municipality", stringValue(municipality, true));
    }

    @Override
    protected void record(DelegateExecution execution, UUID journeyId, Map<String, Object> result) {
        // A rule that leaves an output empty leaves it out of the result.
        boolean eligible = Boolean.TRUE.equals(result.get("eligible"));
        Integer applyWithinMonths = number(result.get("applyWithinMonths"));
        // The last day the table's "fewer than N whole months since the start" still holds, so the date the
        // employer is told and the rule agree.
        LocalDate applyBy = applyWithinMonths == null ? null
                : records.hiringDecision(journeyId).employmentStart().plusMonths(applyWithinMonths).minusDays(1);
        records.saveSupplement(journeyId, new PlacementRecords.Supplement(eligible, (String) result.get("reason"),
                number(result.get("supplementPercent")), number(result.get("maxMonthlyEur")),
                number(result.get("maxMonths")), applyBy));
        execution.setVariable(ELIGIBLE, eligible);
    }

    private static Integer number(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
