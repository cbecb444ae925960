package fi.polku.supplement;

import fi.polku.api.ApiException;
import fi.polku.security.ApiCaller;
import fi.polku.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The employer e-service's side of the Helsinki supplement: apply, read the status, cancel. */
@RestController
@RequestMapping(path = "/api/v1/supplement-applications", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "basic")
class SupplementApplicationController {

    static final String PATH = "/api/v1/supplement-applications";

    private final SupplementIntake intake;
    private final SupplementEvents events;
    private final SupplementApplicationRecords records;

    SupplementApplicationController(SupplementIntake intake, SupplementEvents events, SupplementApplicationRecords records) {
        this.intake = intake;
        this.events = events;
        this.records = records;
    }

    @Operation(summary = "Apply for the Helsinki supplement",
            description = "Integrations (the employer e-service). The same employerApplicationId again returns the "
                    + "existing application with 200 and stores nothing; the same id from another employer (business "
                    + "ID) is a 409. De minimis aid received that reaches the EU ceiling (300,000 € over three years) "
                    + "is refused with 400 naming deMinimis.")
    @ApiResponse(responseCode = "201", description = "Application received; Location names it")
    @ApiResponse(responseCode = "200", description = "This application was already received; the same application")
    @ApiResponse(responseCode = "400", description = "Invalid application; the problem names each field and rule")
    @ApiResponse(responseCode = "409", description = "The employer application id is another employer's")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<SupplementApplicationStatus> create(@Valid @RequestBody SupplementApplicationRequest application,
                                                              HttpServletRequest request) {
        ApiCaller caller = ApiCaller.of(request).require(Role.INTEGRATIONS);
        SupplementIntake.Intake result = intake.receive(application, "API", caller.userId());
        URI location = URI.create(PATH + "/" + result.application().id());
        return (result.created() ? ResponseEntity.created(location) : ResponseEntity.ok().location(location))
                .body(SupplementApplicationStatus.of(result.application()));
    }

    @Operation(summary = "Status of an application", description = "Integrations and supplement handlers. "
            + "Where the application stands; none of the employee's personal data.")
    @ApiResponse(responseCode = "404", description = "No such application")
    @GetMapping("/{applicationId}")
    public SupplementApplicationStatus get(@PathVariable UUID applicationId, HttpServletRequest request) {
        ApiCaller.of(request).require(Role.INTEGRATIONS, Role.SUPPLEMENT_HANDLERS);
        return records.find(applicationId).map(SupplementApplicationStatus::of)
                .orElseThrow(() -> ApiException.notFound("No supplement application " + applicationId));
    }

    @Operation(summary = "Cancel an application", description = "Integrations (the employer withdraws it). Only "
            + "before a decision; a repeated cancellation answers the same.")
    @ApiResponse(responseCode = "200", description = "The application is CANCELLED")
    @ApiResponse(responseCode = "404", description = "No such application")
    @ApiResponse(responseCode = "409", description = "The application is already decided")
    @PostMapping("/{applicationId}/cancellation")
    public SupplementApplicationStatus cancel(@PathVariable UUID applicationId, HttpServletRequest request) {
        ApiCaller.of(request).require(Role.INTEGRATIONS);
        return SupplementApplicationStatus.of(intake.cancel(applicationId));
    }

    @Operation(summary = "Report an event of an application", description = "Integrations (the employer e-service): "
            + "the answer to a request for information, the realised pay (second instalment) or an early end of the "
            + "employment. An event the application does not wait for now is a 409 and changes nothing.")
    @ApiResponse(responseCode = "200", description = "Received; the application's status")
    @ApiResponse(responseCode = "400", description = "Invalid event; the problem names each field and rule")
    @ApiResponse(responseCode = "404", description = "No such application")
    @ApiResponse(responseCode = "409", description = "The application does not wait for this event now")
    @PostMapping(path = "/{applicationId}/events", consumes = MediaType.APPLICATION_JSON_VALUE)
    public SupplementApplicationStatus event(@PathVariable UUID applicationId, @Valid @RequestBody SupplementEventRequest event,
                                             HttpServletRequest request) {
        ApiCaller caller = ApiCaller.of(request).require(Role.INTEGRATIONS);
        return SupplementApplicationStatus.of(events.receive(applicationId, event, caller.userId()));
    }
}
