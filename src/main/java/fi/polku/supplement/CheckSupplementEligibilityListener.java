package fi.polku.supplement;

import static org.camunda.bpm.engine.variable.Variables.booleanValue;
import static org.camunda.bpm.engine.variable.Variables.integerValue;
import static org.camunda.bpm.engine.variable.Variables.stringValue;

import fi.polku.journey.DecisionTaskListener;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * "Check supplement eligibility": DMN {@code helsinki-supplement-eligibility}, the same table as the
 * trainee placement's, on the application's facts. The instance's business key is the application
 * id, which the kernel's decision listener hands over as it hands over a journey id. Hours are
 * whole hours (17.5 is under 18); months since the start count to the day the application arrived.
 */
@Component("checkSupplementEligibility")
class CheckSupplementEligibilityListener extends DecisionTaskListener {

    static final String DECISION = "helsinki-supplement-eligibility";
    static final String RESULT = "eligibilityResult";
    static final String ELIGIBLE = "supplementEligible";

    private final SupplementApplicationRecords records;

    CheckSupplementEligibilityListener(SupplementApplicationRecords records) {
        super(DECISION, RESULT);
        this.records = records;
    }

    @Override
    protected VariableMap facts(UUID applicationId) {
        SupplementApplicationRecords.Facts facts = records.facts(applicationId);
        long monthsSinceStart = Math.max(0, ChronoUnit.MONTHS.between(facts.employmentStart(),
                facts.receivedAt().atZoneSameInstant(fi.polku.journey.JourneyCalendar.HELSINKI).toLocalDate()));
        return Variables.createVariables()
                .putValueTyped("employerType", stringValue(facts.organisationType().name(), true))
                .putValueTyped("hoursPerWeek", integerValue(facts.hoursPerWeek().intValue(), true))
                .putValueTyped("paySubsidised", booleanValue(facts.paySubsidised(), true))
                .putValueTyped("monthsSinceStart", integerValue((int) monthsSinceStart, true))
                .putValueTyped("municipality", stringValue(facts.municipality().strip().toLowerCase(Locale.ROOT), true));
    }

    @Override
    protected void record(DelegateExecution execution, UUID applicationId, Map<String, Object> result) {
        boolean eligible = Boolean.TRUE.equals(result.get("eligible"));
        records.recordEligibility(applicationId, eligible, (String) result.get("reason"), number(result.get("supplementPercent")),
                number(result.get("maxMonthlyEur")), number(result.get("maxMonths")));
        execution.setVariable(ELIGIBLE, eligible);
    }

    private static Integer number(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
