package fi.polku.workactivity;

import fi.polku.journey.JourneyStatus;
import fi.polku.security.ApiCaller;
import fi.polku.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Adult social work refers a client of rehabilitative work activity to the work-activity journey. */
@RestController
@RequestMapping(path = WorkActivityReferralController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "basic")
class WorkActivityReferralController {

    static final String PATH = "/api/v1/work-activity-referrals";

    private final WorkActivityIntake intake;

    WorkActivityReferralController(WorkActivityIntake intake) {
        this.intake = intake;
    }

    @Operation(summary = "Refer a client to the work-activity journey",
            description = "Social workers and integrations. Starts a work-activity journey (source type "
                    + "ADULT_SOCIAL_WORK). The same organisation and referral id again returns the existing journey "
                    + "with 200. The journey's status is GET /api/v1/referrals/{journeyId}, as for every journey.")
    @ApiResponse(responseCode = "201", description = "Journey started; Location names its status")
    @ApiResponse(responseCode = "200", description = "This referral was already registered; the same journey")
    @ApiResponse(responseCode = "400", description = "Invalid referral; the problem names each field and rule")
    @ApiResponse(responseCode = "409", description = "The person already has an active journey of either kind; the problem names it")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<JourneyStatus> create(@Valid @RequestBody WorkActivityReferralRequest referral,
                                                HttpServletRequest request) {
        ApiCaller caller = ApiCaller.of(request).require(Role.INTEGRATIONS, Role.SOCIAL_WORKERS);
        WorkActivityIntake.Intake result = intake.registerAndStart(referral, caller.userId());
        URI location = URI.create("/api/v1/referrals/" + result.journey().id());
        return (result.created() ? ResponseEntity.created(location) : ResponseEntity.ok().location(location))
                .body(JourneyStatus.brief(result.journey()));
    }
}
