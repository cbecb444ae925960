package fi.polku.migration;

import fi.polku.api.ApiException;
import fi.polku.security.ApiCaller;
import fi.polku.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators move running journeys to a model's new version: never by itself, always on request. */
@RestController
@SecurityRequirement(name = "basic")
class ModelMigrationController {

    private static final Logger log = LoggerFactory.getLogger(ModelMigrationController.class);
    static final String PATH = "/api/v1/model-migrations";

    private final ModelMigrations migrations;

    ModelMigrationController(ModelMigrations migrations) {
        this.migrations = migrations;
    }

    @Operation(summary = "The declared model migrations and what each would do now",
            description = "Administrators. For each declared migration (process, version tag from and to): whether "
                    + "the target version is deployed, and per source version the running instances it would carry and "
                    + "those that stay, with the reason. Changes nothing.")
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    List<ModelMigrations.Report> preview(HttpServletRequest request) {
        ApiCaller.of(request).require(Role.ADMINS);
        return migrations.preview();
    }

    @Operation(summary = "Migrate the running instances of a process to a version",
            description = "Administrators. Starts the declared migration of processDefinitionKey to the version tagged "
                    + "toVersionTag: one engine batch per source version (Cockpit, Batches, shows progress and failures). "
                    + "Instances standing where the plan has no mapping stay on their version and are listed with the "
                    + "reason; ask again once they have moved on.")
    @ApiResponse(responseCode = "202", description = "Batches started; the report names them")
    @ApiResponse(responseCode = "404", description = "No such declared migration")
    @ApiResponse(responseCode = "409", description = "The target version is not deployed")
    @PostMapping(path = PATH + "/{processDefinitionKey}/{toVersionTag}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    ModelMigrations.Report migrate(@PathVariable String processDefinitionKey, @PathVariable String toVersionTag,
                                   HttpServletRequest request) {
        ApiCaller caller = ApiCaller.of(request).require(Role.ADMINS);
        var migration = migrations.find(processDefinitionKey, toVersionTag).orElseThrow(() -> ApiException.notFound(
                "No migration of " + processDefinitionKey + " to version " + toVersionTag + " is declared"));
        ModelMigrations.Report report = migrations.migrate(migration);
        if (!report.targetDeployed()) {
            throw ApiException.conflict("target-not-deployed", "No version of " + processDefinitionKey
                    + " tagged " + toVersionTag + " is deployed");
        }
        report.versions().forEach(version -> log.info("{} started migration batch {} of {} version {} to {}: {} instances, "
                        + "{} staying", caller.userId(), version.batchId(), processDefinitionKey, version.sourceVersion(),
                version.targetVersion(), version.migrating().size(), version.staying().size()));
        return report;
    }
}
