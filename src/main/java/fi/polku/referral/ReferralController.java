package fi.polku.referral;

import fi.polku.api.ApiException;
import fi.polku.journey.AccessLog;
import fi.polku.journey.JourneyStatus;
import fi.polku.journey.JourneyStatusReader;
import fi.polku.security.ApiCaller;
import fi.polku.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/referrals", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "basic")
class ReferralController {

    private final ReferralIntake intake;
    private final JourneyStatusReader journeys;
    private final AccessLog accessLog;

    public ReferralController(ReferralIntake intake, JourneyStatusReader journeys, AccessLog accessLog) {
        this.intake = intake;
        this.journeys = journeys;
        this.accessLog = accessLog;
    }

    @Operation(summary = "Create a referral",
            description = "Integrations and referral coordinators. Starts a participant journey. The same source "
                    + "(type, organisation, referral id) again returns the existing journey with 200.")
    @ApiResponse(responseCode = "201", description = "Journey started; Location names it")
    @ApiResponse(responseCode = "200", description = "This referral was already registered; the same journey")
    @ApiResponse(responseCode = "400", description = "Invalid referral; the problem names each field and rule")
    @ApiResponse(responseCode = "409", description = "The person already has an active journey")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<JourneyStatus> create(@Valid @RequestBody ReferralRequest referral, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.of(request).require(Role.INTEGRATIONS, Role.REFERRAL_COORDINATORS);
        ReferralIntake.Intake result = intake.registerAndStart(referral, caller.userId());
        URI location = URI.create("/api/v1/referrals/" + result.journey().id());
        return (result.created() ? ResponseEntity.created(location) : ResponseEntity.ok().location(location))
                .body(JourneyStatus.brief(result.journey()));
    }

    @Operation(summary = "Status of a journey", description = "Integrations, the team and managers. Phase, "
            + "decision and outcome; no personal data of the participant. Each read is written to the access log.")
    @GetMapping("/{journeyId}")
    public JourneyStatus get(@PathVariable UUID journeyId, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.of(request).require(Stream.concat(Role.team().stream(),
                Stream.of(Role.INTEGRATIONS, Role.MANAGERS)).toArray(Role[]::new));
        JourneyStatus status = journeys.status(journeyId).orElseThrow(() -> ApiException.notFound("No journey " + journeyId));
        // Managers monitor: where the journey stands, not what a professional wrote about the person.
        boolean worksWithTheJourney = caller.isIn(Stream.concat(Role.team().stream(), Stream.of(Role.INTEGRATIONS))
                .toArray(Role[]::new));
        accessLog.viewedJourney(caller.userId(), journeyId, List.of(worksWithTheJourney ? "status" : "status-without-free-text"),
                "GET /api/v1/referrals/{journeyId}");
        return worksWithTheJourney ? status : status.withoutFreeText();
    }
}
