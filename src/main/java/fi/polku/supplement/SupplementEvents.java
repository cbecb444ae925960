package fi.polku.supplement;

import fi.polku.api.ApiException;
import fi.polku.api.FieldError;
import fi.polku.api.InvalidRequestException;
import java.util.UUID;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives what the employer reports about an application: stores it and delivers the message the
 * application's instance waits for, in one transaction. An event nothing waits for is a 409 and
 * changes nothing.
 */
@Service
class SupplementEvents {

    private final SupplementApplicationRecords records;
    private final RuntimeService runtimeService;

    SupplementEvents(SupplementApplicationRecords records, RuntimeService runtimeService) {
        this.records = records;
        this.runtimeService = runtimeService;
    }

    @Transactional
    public SupplementApplication receive(UUID id, SupplementEventRequest event, String receivedBy) {
        SupplementApplication application = records.lock(id)
                .orElseThrow(() -> ApiException.notFound("No supplement application " + id));
        SupplementEventRequest.Data data = event.data();
        switch (event.type()) {
            case SUPPLEMENT_INFO_PROVIDED -> records.answerInformation(id, required("data.answer", blankToNull(data.answer())),
                    receivedBy);
            case PAY_REALISED -> records.recordRealisedPay(id, required("data.realisedPayEur", data.realisedPayEur()));
            case EMPLOYMENT_ENDED -> {
                SupplementApplicationRecords.Facts facts = records.facts(id);
                java.time.LocalDate endDate = required("data.endDate", data.endDate());
                if (endDate.isBefore(facts.periodStart()) || endDate.isAfter(facts.periodEnd())) {
                    throw new InvalidRequestException(new FieldError("data.endDate", "within-period",
                            "must lie within the period applied for (" + facts.periodStart() + " to " + facts.periodEnd() + ")"));
                }
                records.recordEmploymentEnded(id, endDate);
            }
        }
        try {
            runtimeService.createMessageCorrelation(event.type().messageName())
                    .processInstanceBusinessKey(id.toString()).correlateWithResult();
        } catch (MismatchingMessageCorrelationException nothingWaits) {
            throw ApiException.conflict("not-waiting", "Application " + id + " (" + application.status()
                    + ") is not waiting for " + event.type() + " now");
        }
        return records.find(id).orElseThrow();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidRequestException(new FieldError(field, "required", "is required for this event type"));
        }
        return value;
    }
}
