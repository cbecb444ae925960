package fi.polku.supplement;

import static org.camunda.bpm.engine.variable.Variables.doubleValue;
import static org.camunda.bpm.engine.variable.Variables.integerValue;

import fi.polku.journey.DecisionTaskListener;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * "Compute supplement amount": DMN {@code supplement-amount} on the pay, the whole months applied
 * for and the terms the eligibility table gave. The total is then capped at what the de minimis
 * ceiling (law, configuration) leaves after the aid the employer received in three years.
 */
@Component("computeSupplementAmount")
class ComputeSupplementAmountListener extends DecisionTaskListener {

    static final String DECISION = "supplement-amount";
    static final String RESULT = "amountResult";

    private final SupplementApplicationRecords records;
    private final SupplementProperties properties;

    ComputeSupplementAmountListener(SupplementApplicationRecords records, SupplementProperties properties) {
        super(DECISION, RESULT);
        this.records = records;
        this.properties = properties;
    }

    /** Whole months from the period's first day to the day after its last: 1.11.–30.4. is 6. */
    static int wholeMonths(java.time.LocalDate start, java.time.LocalDate end) {
        return (int) ChronoUnit.MONTHS.between(start, end.plusDays(1));
    }

    @Override
    protected VariableMap facts(UUID applicationId) {
        SupplementApplicationRecords.Facts facts = records.facts(applicationId);
        SupplementApplicationRecords.Handling terms = records.handling(applicationId);
        return Variables.createVariables()
                .putValueTyped("monthlyPayEur", doubleValue(facts.monthlyPayEur().doubleValue(), true))
                .putValueTyped("monthsApplied", integerValue(wholeMonths(facts.periodStart(), facts.periodEnd()), true))
                .putValueTyped("supplementPercent", integerValue(terms.supplementPercent(), true))
                .putValueTyped("maxMonthlyEur", integerValue(terms.maxMonthlyEur(), true))
                .putValueTyped("maxMonths", integerValue(terms.maxMonths(), true));
    }

    @Override
    protected void record(DelegateExecution execution, UUID applicationId, Map<String, Object> result) {
        SupplementApplicationRecords.Facts facts = records.facts(applicationId);
        BigDecimal monthly = BigDecimal.valueOf(((Number) result.get("monthlyAmountEur")).doubleValue())
                .setScale(2, RoundingMode.HALF_UP);
        int months = ((Number) result.get("months")).intValue();
        BigDecimal total = monthly.multiply(BigDecimal.valueOf(months));
        BigDecimal room = properties.deMinimisCeilingEur().subtract(facts.deMinimisTotal()).max(BigDecimal.ZERO);
        boolean capped = total.compareTo(room) > 0;
        records.recordAmount(applicationId, wholeMonths(facts.periodStart(), facts.periodEnd()), monthly, months,
                capped ? room : total, capped);
    }
}
