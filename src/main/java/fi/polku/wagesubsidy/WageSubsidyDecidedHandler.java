package fi.polku.wagesubsidy;

import fi.polku.api.ApiException;
import fi.polku.api.FieldError;
import fi.polku.journey.JourneyEventHandler;
import fi.polku.journey.JourneyEventType;
import fi.polku.period.WageSubsidyDecision;
import fi.polku.period.WageSubsidyRecords;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@code WAGE_SUBSIDY_DECIDED}: completes "Record wage-subsidy decision", or during the period
 * changes the decision (the period then follows the new dates).
 */
@Component
class WageSubsidyDecidedHandler implements JourneyEventHandler<WageSubsidyDecision> {

    private final WageSubsidyRecords records;
    private final WageSubsidyProperties properties;

    public WageSubsidyDecidedHandler(WageSubsidyRecords records, WageSubsidyProperties properties) {
        this.records = records;
        this.properties = properties;
    }

    @Override
    public JourneyEventType type() {
        return JourneyEventType.WAGE_SUBSIDY_DECIDED;
    }

    @Override
    public Class<WageSubsidyDecision> dataType() {
        return WageSubsidyDecision.class;
    }

    @Override
    public List<FieldError> ruleViolations(WageSubsidyDecision decision) {
        return decision.ruleViolations(properties.maxMonths());
    }

    @Override
    public Map<String, Object> accept(UUID journeyId, WageSubsidyDecision decision, String receivedBy) {
        boolean periodRunning = records.decision(journeyId).map(WageSubsidyDecision::granted).orElse(false);
        if (periodRunning && !decision.granted()) {
            throw ApiException.conflict("period-running", "The period of journey " + journeyId + " is running: "
                    + "a changed decision must grant the subsidy; end the period with PERIOD_INTERRUPTED instead");
        }
        records.saveDecision(journeyId, decision, "API", receivedBy);
        return Map.of(RecordWageSubsidyDecisionListener.SUBSIDY_GRANTED, decision.granted());
    }
}
