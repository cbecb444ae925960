package fi.polku.workactivity;

import fi.polku.api.FieldError;
import fi.polku.api.PlausibleDate;
import fi.polku.journey.JourneyCalendar;
import fi.polku.journey.JourneyEventHandler;
import fi.polku.journey.JourneyEventType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@code WORK_ACTIVITY_ENDED}: adult social work ends the client's work activity. The event (kept in
 * {@code journey_event}) interrupts the work activity; the exit review and the follow-ups follow.
 */
@Component
class WorkActivityEndedHandler implements JourneyEventHandler<WorkActivityEndedHandler.WorkActivityEnded> {

    public enum EndReason { CLIENT_DECISION, OTHER_SERVICE, PLAN_NOT_CONTINUED, OTHER }

    public record WorkActivityEnded(@NotNull @PlausibleDate LocalDate endedOn, @NotNull EndReason reason,
                                    @Size(max = 2000) String comment) {
    }

    @Override
    public JourneyEventType type() {
        return JourneyEventType.WORK_ACTIVITY_ENDED;
    }

    @Override
    public Class<WorkActivityEnded> dataType() {
        return WorkActivityEnded.class;
    }

    @Override
    public List<FieldError> ruleViolations(WorkActivityEnded data) {
        return data.endedOn().isAfter(JourneyCalendar.today())
                ? List.of(new FieldError("endedOn", "PastOrPresent", "must not be after today")) : List.of();
    }

    @Override
    public Map<String, Object> accept(UUID journeyId, WorkActivityEnded data, String receivedBy) {
        return Map.of();
    }
}
