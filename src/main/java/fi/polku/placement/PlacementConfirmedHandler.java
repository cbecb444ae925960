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

/** {@code PLACEMENT_CONFIRMED}: the company agrees to the proposed placement. */
@Component
class PlacementConfirmedHandler implements JourneyEventHandler<PlacementConfirmedHandler.PlacementConfirmed> {

    private static final String PROPOSED = "PROPOSED";

    /**
     * @param attempt the match the company answers: the {@code attempt} of its {@code PLACEMENT_PROPOSED}
     *                notification (and of the status' {@code traineePlacement}). An answer to a match
     *                that has already failed (no answer in 14 days, a new company proposed) must not
     *                confirm the next company's proposal.
     */
    public record PlacementConfirmed(@NotNull @Positive Integer attempt, @Size(max = 200) String confirmedBy,
                                     @Size(max = 2000) String comment) {
    }

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
