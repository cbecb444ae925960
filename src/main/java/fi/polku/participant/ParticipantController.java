package fi.polku.participant;

import fi.polku.security.ApiCaller;
import fi.polku.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@SecurityRequirement(name = "basic")
class ParticipantController {

    private final ParticipantErasure erasure;

    public ParticipantController(ParticipantErasure erasure) {
        this.erasure = erasure;
    }

    @Operation(summary = "Erase a participant's personal data",
            description = "Team leads and administrators, on the participant's request. Removes the participant, "
                    + "their journeys' records and the engine's history of them; running journeys are cancelled with "
                    + "the erasure as the reason. The programme's anonymous indicator counts stay. The participant's "
                    + "id is in GET /api/v1/referrals/{journeyId}.")
    @ApiResponse(responseCode = "200", description = "Erased; the audit record (no personal data)")
    @ApiResponse(responseCode = "404", description = "No such participant")
    @ApiResponse(responseCode = "410", description = "Erased before")
    @DeleteMapping(path = "/api/v1/participants/{participantId}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ParticipantErasure.Erasure erase(@PathVariable UUID participantId, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.of(request).require(Role.TEAM_LEADS);
        return erasure.erase(participantId, ParticipantErasure.Cause.REQUEST, caller.userId());
    }
}
