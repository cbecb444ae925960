package fi.polku.journey;

import fi.polku.security.ApiCaller;
import fi.polku.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@SecurityRequirement(name = "basic")
class JourneyEventsController {

    private final JourneyEvents events;
    private final JourneyStatusReader journeys;

    public JourneyEventsController(JourneyEvents events, JourneyStatusReader journeys) {
        this.events = events;
        this.journeys = journeys;
    }

    @Operation(summary = "Send an event to a journey",
            description = "Each type has its senders (403 for anyone else, before the journey is looked up): "
                    + "REFERRAL_INFO_PROVIDED integrations, referral-coordinators; PLACE_AVAILABLE team-leads; "
                    + "WAGE_SUBSIDY_DECIDED integrations, team-leads; EMPLOYMENT_FOUND and PERIOD_INTERRUPTED "
                    + "integrations, job-coaches, team-leads; PLACEMENT_CONFIRMED and PLACEMENT_CANCELLED integrations, "
                    + "employer-coordinators; JOURNEY_WITHDRAWN integrations, team-leads; WORK_ACTIVITY_ENDED "
                    + "integrations, social-workers. 404 for an unknown journey; "
                    + "409 when the journey is not waiting for this event (the problem lists what it waits for).")
    @ApiResponse(responseCode = "200", description = "Event accepted; the journey's status after it")
    @PostMapping(path = "/api/v1/journeys/{journeyId}/events", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public JourneyStatus receive(@PathVariable UUID journeyId, @Valid @RequestBody JourneyEventRequest event,
                                 HttpServletRequest request) {
        ApiCaller caller = ApiCaller.of(request).require(teamAndIntegrations());
        // An unknown type is left to the validation (400 naming the field); a known one has its senders.
        JourneyEventType.parse(event.type()).ifPresent(type -> caller.require(type.senders().toArray(Role[]::new)));
        events.receive(journeyId, event, caller.userId());
        return journeys.status(journeyId).orElseThrow();
    }

    static Role[] teamAndIntegrations() {
        return java.util.stream.Stream.concat(Role.team().stream(), java.util.stream.Stream.of(Role.INTEGRATIONS))
                .toArray(Role[]::new);
    }
}
