package fi.polku.placement;

import fi.polku.api.ApiException;
import fi.polku.journey.JourneyEventHandler;
import fi.polku.journey.JourneyEventType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The events of the trainee placement: the company's confirmation and a cancellation. */
final class PlacementEventHandlers {

    private static final String PROPOSED = "PROPOSED";

    private PlacementEventHandlers() {
    }

    /**
     * @param attempt the match the company answers: the {@code attempt} of its {@code PLACEMENT_PROPOSED}
     *                notification (and of the status' {@code traineePlacement}). An answer to a match
     *                that has already failed (no answer in 14 days, a new company proposed) must not
     *                confirm the next company's proposal.
     */
    public record PlacementConfirmed(@NotNull @Positive Integer attempt, @Size(max = 200) String confirmedBy,
                                     @Size(max = 2000) String comment) {
    }

    /** {@code PLACEMENT_CONFIRMED}: the company agrees to the proposed placement. */
    @Component
    public static class PlacementConfirmedHandler implements JourneyEventHandler<PlacementConfirmed> {

        private final PlacementRecords records;

        public PlacementConfirmedHandler(PlacementRecords records) {
            this.records = records;
        }

        @Override
        public JourneyEventType type() {
            return JourneyEventType.PLACEMENT_CONFIRMED;
        }

        @Override
        public Class<PlacementConfirmed> dataType() {
            return PlacementConfirmed.class;
        }

        @Override
        public Map<String, Object> accept(UUID journeyId, PlacementConfirmed data, String receivedBy) {
            PlacementRecords.Placement current = records.requireCurrent(journeyId);
            if (current.attempt() != data.attempt() || !PROPOSED.equals(current.status())) {
                throw ApiException.conflict("stale-answer", "This confirmation answers match " + data.attempt()
                        + ", but the current match is " + current.attempt() + " (" + current.companyName() + ", "
                        + current.status() + "): nothing was recorded. The company confirms the proposal it was sent"
                        + " last, with that proposal's attempt.");
            }
            String note = data.confirmedBy() == null ? data.comment()
                    : "Confirmed by " + data.confirmedBy() + (data.comment() == null ? "" : ": " + data.comment());
            records.recordAnswer(journeyId, true, "API", receivedBy, note);
            return Map.of(RecordCompanyAnswerListener.CONFIRMED, true);
        }
    }

    public enum CancellationReason { COMPANY_WITHDREW, PARTICIPANT_WITHDREW, PARTICIPANT_FOUND_OTHER_WORK, OTHER }

    public record PlacementCancelled(@NotNull CancellationReason reason, @Size(max = 2000) String comment) {
    }

    /** {@code PLACEMENT_CANCELLED}: the placement ends early; the journey goes on without it. */
    @Component
    public static class PlacementCancelledHandler implements JourneyEventHandler<PlacementCancelled> {

        private final PlacementRecords records;

        public PlacementCancelledHandler(PlacementRecords records) {
            this.records = records;
        }

        @Override
        public JourneyEventType type() {
            return JourneyEventType.PLACEMENT_CANCELLED;
        }

        @Override
        public Class<PlacementCancelled> dataType() {
            return PlacementCancelled.class;
        }

        @Override
        public Map<String, Object> accept(UUID journeyId, PlacementCancelled data, String receivedBy) {
            records.cancel(journeyId, data.reason().name(), data.comment());
            return Map.of();
        }
    }
}
