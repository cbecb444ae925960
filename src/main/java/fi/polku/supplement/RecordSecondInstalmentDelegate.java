package fi.polku.supplement;

import fi.polku.journey.JourneyCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record second instalment", after the employer reported the pay realised over the period
 * (stored with the event {@code PAY_REALISED}): the supplement earned is the
 * decision's share of that pay, at most the decided (or, after an early end, recomputed) total; the
 * second instalment is what the first did not pay of it. A first instalment larger than what was
 * earned becomes a recovery.
 */
@Component("recordSecondInstalment")
class RecordSecondInstalmentDelegate implements JavaDelegate {

    private final SupplementApplicationRecords records;
    private final SupplementPayments payments;

    RecordSecondInstalmentDelegate(SupplementApplicationRecords records, SupplementPayments payments) {
        this.records = records;
        this.payments = payments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID id = SupplementProcess.applicationId(execution);
        BigDecimal realisedPay = records.realisedPay(id);
        SupplementApplicationRecords.Handling handling = records.handling(id);
        BigDecimal share = realisedPay.multiply(BigDecimal.valueOf(handling.supplementPercent()))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
        BigDecimal earned = share.min(records.earnableTotal(id));
        BigDecimal paid = payments.paid(id);
        if (earned.compareTo(paid) < 0) {
            payments.recordRecovery(id, JourneyCalendar.today(), earned, paid, "polku");
        } else {
            payments.addInstalment(id, earned.subtract(paid), records.facts(id).iban(), JourneyCalendar.today());
        }
    }
}
