package fi.polku.wagesubsidy;

import fi.polku.api.ApiException;
import fi.polku.api.FieldError;
import fi.polku.api.PlausibleDate;
import fi.polku.journey.JourneyEventHandler;
import fi.polku.journey.JourneyEventType;
import fi.polku.period.WageSubsidyDecision;
import fi.polku.period.WageSubsidyRecords;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The events of the wage-subsidy period: the decision (or a change of it) and the early exits. */
final class WageSubsidyEventHandlers {

    private WageSubsidyEventHandlers() {
    }

    /**
     * {@code WAGE_SUBSIDY_DECIDED}: completes "Record wage-subsidy decision", or during the period
     * changes the decision (the period then follows the new dates).
     */
    @Component
    public static class WageSubsidyDecided implements JourneyEventHandler<WageSubsidyDecision> {

        private final WageSubsidyRecords records;

        public WageSubsidyDecided(WageSubsidyRecords records) {
            this.records = records;
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
            return decision.ruleViolations();
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

    public enum ContractType { PERMANENT, FIXED_TERM, APPRENTICESHIP, SELF_EMPLOYED }

    public record EmploymentFound(@NotBlank @Size(max = 200) String employer, @NotNull @PlausibleDate LocalDate startDate,
                                  @NotNull ContractType contractType) {
    }

    /** {@code EMPLOYMENT_FOUND}: the participant found a job; the period ends early. */
    @Component
    public static class EmploymentFoundHandler implements JourneyEventHandler<EmploymentFound> {

        private final WageSubsidyRecords records;

        public EmploymentFoundHandler(WageSubsidyRecords records) {
            this.records = records;
        }

        @Override
        public JourneyEventType type() {
            return JourneyEventType.EMPLOYMENT_FOUND;
        }

        @Override
        public Class<EmploymentFound> dataType() {
            return EmploymentFound.class;
        }

        @Override
        public Map<String, Object> accept(UUID journeyId, EmploymentFound data, String receivedBy) {
            records.saveExit(journeyId, new WageSubsidyRecords.Exit("EMPLOYMENT_FOUND", data.employer(), data.startDate(),
                    data.contractType().name(), null, null), receivedBy);
            return Map.of();
        }
    }

    public enum InterruptionReason { HEALTH, STUDIES, MOVED_AWAY, PARTICIPANT_DECISION, EMPLOYER_DECISION, OTHER }

    public record PeriodInterrupted(@NotNull InterruptionReason reason, @Size(max = 2000) String comment) {
    }

    /** {@code PERIOD_INTERRUPTED}: the period ends early for another reason. */
    @Component
    public static class PeriodInterruptedHandler implements JourneyEventHandler<PeriodInterrupted> {

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
}
