package fi.polku.supplement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Recompute supplement" after {@code EMPLOYMENT_ENDED} (its date stored with the event): the supplement for the whole months from the period's start to the end
 * of the employment, at most the decided months; what was already put in payment files beyond it
 * becomes a recovery record. Sets {@code moreToPay}: whether a second instalment may still come.
 */
@Component("recomputeSupplement")
class RecomputeSupplementDelegate implements JavaDelegate {

    static final String MORE_TO_PAY = "moreToPay";

    private final SupplementApplicationRecords records;
    private final SupplementPayments payments;

    RecomputeSupplementDelegate(SupplementApplicationRecords records, SupplementPayments payments) {
        this.records = records;
        this.payments = payments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID id = SupplementProcess.applicationId(execution);
        LocalDate endedOn = records.employmentEndedOn(id);
        SupplementApplicationRecords.Facts facts = records.facts(id);
        SupplementApplicationRecords.Handling decision = records.handling(id);
        int months = endedOn.isBefore(facts.periodStart()) ? 0
                : Math.min(decision.decisionMonths(), ComputeSupplementAmountListener.wholeMonths(facts.periodStart(), endedOn));
        BigDecimal recomputed = decision.decisionMonthlyEur().multiply(BigDecimal.valueOf(months))
                .min(decision.decisionTotalEur());
        records.recordRecomputedTotal(id, recomputed);
        BigDecimal paid = payments.paid(id);
        if (paid.compareTo(recomputed) > 0) {
            payments.recordRecovery(id, endedOn, recomputed, paid, "polku");
        }
        execution.setVariable(MORE_TO_PAY, paid.compareTo(recomputed) < 0);
    }
}
