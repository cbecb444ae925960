package fi.polku.wagesubsidy;

import fi.polku.journey.JourneyEventHandler;
import fi.polku.journey.JourneyEventType;
import fi.polku.period.WageSubsidyRecords;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@code PERIOD_INTERRUPTED}: the period ends early for another reason. */
@Component
class PeriodInterruptedHandler implements JourneyEventHandler<PeriodInterruptedHandler.PeriodInterrupted> {

    public enum InterruptionReason { HEALTH, STUDIES, MOVED_AWAY, PARTICIPANT_DECISION, EMPLOYER_DECISION, OTHER }

    public record PeriodInterrupted(@NotNull InterruptionReason reason, @Size(max = 2000) String comment) {
    }

    private final WageSubsidyRecords records;

    public PeriodInterruptedHandler(WageSubsidyRecords records) {
        this.records = records;
    }

    @Override
    public JourneyEventType type() {
        return JourneyEventType.PERIOD_INTERRUPTED;
    }

    @Override
    public Class<PeriodInterrupted> dataType() {
        return PeriodInterrupted.class;
    }

    @Override
    public Map<String, Object> accept(UUID journeyId, PeriodInterrupted data, String receivedBy) {
        records.saveExit(journeyId, new WageSubsidyRecords.Exit("PERIOD_INTERRUPTED", null, null, null,
                data.reason().name(), data.comment()), receivedBy);
        return Map.of();
    }
}
