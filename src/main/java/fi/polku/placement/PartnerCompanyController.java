package fi.polku.placement;

import fi.polku.api.FieldError;
import fi.polku.api.InvalidRequestException;
import fi.polku.api.Text;
import fi.polku.security.ApiCaller;
import fi.polku.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The partner-company register: employer coordinators keep it, the team reads it (the matching
 * task offers its active companies).
 */
@RestController
@RequestMapping(path = "/api/v1/partner-companies", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "basic")
class PartnerCompanyController {

    static final int MAX_PAGE_SIZE = 100;

    private final PartnerCompanyRegister register;

    public PartnerCompanyController(PartnerCompanyRegister register) {
        this.register = register;
    }

    @Operation(summary = "Register a partner company", description = "Employer coordinators. The company starts ACTIVE.")
    @ApiResponse(responseCode = "201", description = "Registered; Location names it")
    @ApiResponse(responseCode = "400", description = "Invalid; the problem names each field and rule")
    @ApiResponse(responseCode = "409", description = "A company with this business ID is registered already")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<PartnerCompany> create(@Valid @RequestBody PartnerCompanyRequest company,
                                                 HttpServletRequest request) {
        ApiCaller caller = ApiCaller.of(request).require(Role.EMPLOYER_COORDINATORS);
        PartnerCompany created = register.create(company, caller.userId());
        return ResponseEntity.created(URI.create("/api/v1/partner-companies/" + created.id())).body(created);
    }

    @Operation(summary = "Update a partner company", description = "Employer coordinators. Replaces every detail "
            + "except the status (see pause and activate).")
    @ApiResponse(responseCode = "404", description = "No such company")
    @ApiResponse(responseCode = "409", description = "Another company has this business ID")
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public PartnerCompany update(@PathVariable UUID id, @Valid @RequestBody PartnerCompanyRequest company,
                                 HttpServletRequest request) {
        ApiCaller caller = ApiCaller.of(request).require(Role.EMPLOYER_COORDINATORS);
        return register.update(id, company, caller.userId());
    }

    @Operation(summary = "Pause a partner company", description = "Employer coordinators. A paused company is not "
            + "offered for new placements; placements already agreed go on.")
    @PostMapping("/{id}/pause")
    public PartnerCompany pause(@PathVariable UUID id, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.of(request).require(Role.EMPLOYER_COORDINATORS);
        return register.setStatus(id, PartnerCompany.Status.PAUSED, caller.userId());
    }

    @Operation(summary = "Activate a partner company", description = "Employer coordinators.")
    @PostMapping("/{id}/activate")
    public PartnerCompany activate(@PathVariable UUID id, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.of(request).require(Role.EMPLOYER_COORDINATORS);
        return register.setStatus(id, PartnerCompany.Status.ACTIVE, caller.userId());
    }

    @Operation(summary = "A partner company", description = "The team and managers.")
    @ApiResponse(responseCode = "404", description = "No such company")
    @GetMapping("/{id}")
    public PartnerCompany get(@PathVariable UUID id, HttpServletRequest request) {
        ApiCaller.of(request).require(readers());
        return register.get(id);
    }

    @Operation(summary = "Search the register", description = "The team and managers. Every criterion is optional; "
            + "results are ordered by name, a page at a time.")
    @GetMapping
    public PartnerCompanyRegister.Page search(
            @Parameter(description = "Part of the name, case-insensitive") @RequestParam(required = false) String name,
            @Parameter(description = "A skill the company recruits for, case-insensitive") @RequestParam(required = false) String skill,
            @Parameter(description = "ACTIVE or PAUSED") @RequestParam(required = false) PartnerCompany.Status status,
            @Parameter(description = "Page number from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Page size, 1-100") @RequestParam(defaultValue = "20") int size,
            HttpServletRequest request) {
        ApiCaller.of(request).require(readers());
        if (page < 0 || page > 100_000) {
            throw new InvalidRequestException(new FieldError("page", "range", "must be from 0 to 100000"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidRequestException(new FieldError("size", "range", "must be from 1 to " + MAX_PAGE_SIZE));
        }
        if ((name != null && name.length() > 200) || (skill != null && skill.length() > 50)) {
            throw new InvalidRequestException(new FieldError(name != null && name.length() > 200 ? "name" : "skill",
                    "Size", "is too long to match anything"));
        }
        if ((name != null && Text.refused(name)) || (skill != null && Text.refused(skill))) {
            throw new InvalidRequestException(new FieldError(name != null && Text.refused(name) ? "name" : "skill",
                    Text.RULE, Text.MESSAGE));
        }
        return register.search(name, skill, status, page, size);
    }

    private static Role[] readers() {
        return Stream.concat(Role.team().stream(), Stream.of(Role.MANAGERS)).toArray(Role[]::new);
    }
}
