package fi.polku.migration;

import fi.polku.journey.ModelMigration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionsBuilder;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.springframework.stereotype.Service;

/**
 * Plans and starts the declared {@link ModelMigration}s: for each deployed version with the
 * migration's source tag that has running instances, a plan to the newest version with the target
 * tag (same activity ids mapped, timers and message waits carried as they are, plus the migration's
 * own instructions and variables), the instances it can carry, and those it cannot with the reason.
 * The migration itself runs as an engine batch, shown with its progress and failures in Cockpit's
 * Batches.
 */
@Service
class ModelMigrations {

    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final List<ModelMigration> declared;

    ModelMigrations(RuntimeService runtimeService, RepositoryService repositoryService, List<ModelMigration> declared) {
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.declared = declared;
    }

    /** One source version of a migration: what would move, and what stays with why. */
    record VersionPlan(String sourceDefinitionId, int sourceVersion, String targetDefinitionId, int targetVersion,
                       List<String> migrating, List<Staying> staying, String batchId) {
    }

    record Staying(String processInstanceId, String businessKey, String reason) {
    }

    record Report(String processDefinitionKey, String fromVersionTag, String toVersionTag, String change,
                  boolean targetDeployed, List<VersionPlan> versions) {
    }

    List<Report> preview() {
        return declared.stream().map(migration -> report(migration, false)).toList();
    }

    Optional<ModelMigration> find(String processDefinitionKey, String toVersionTag) {
        return declared.stream().filter(migration -> migration.processDefinitionKey().equals(processDefinitionKey)
                && migration.toVersionTag().equals(toVersionTag)).findFirst();
    }

    /** Starts one batch per source version with instances to carry. */
    Report migrate(ModelMigration migration) {
        return report(migration, true);
    }

    private Report report(ModelMigration migration, boolean execute) {
        ProcessDefinition target = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(migration.processDefinitionKey()).versionTag(migration.toVersionTag())
                .orderByProcessDefinitionVersion().desc().listPage(0, 1).stream().findFirst().orElse(null);
        List<VersionPlan> versions = new ArrayList<>();
        if (target != null) {
            for (ProcessDefinition source : sources(migration)) {
                if (source.getVersion() < target.getVersion()) {
                    plan(migration, source, target, execute).ifPresent(versions::add);
                }
            }
        }
        return new Report(migration.processDefinitionKey(), migration.fromVersionTag(), migration.toVersionTag(),
                migration.change(), target != null, versions);
    }

    private List<ProcessDefinition> sources(ModelMigration migration) {
        ProcessDefinitionQuery query = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(migration.processDefinitionKey());
        query = migration.fromVersionTag() == null ? query.withoutVersionTag() : query.versionTag(migration.fromVersionTag());
        return query.orderByProcessDefinitionVersion().asc().list();
    }

    private Optional<VersionPlan> plan(ModelMigration migration, ProcessDefinition source, ProcessDefinition target,
                                       boolean execute) {
        List<ProcessInstance> running = runtimeService.createProcessInstanceQuery()
                .processDefinitionId(source.getId()).list();
        if (running.isEmpty()) {
            return Optional.empty();
        }
        // Not updateEventTriggers(): it recomputes every timer from the moment of migration, so a journey
        // 13 days into a 14-day wait would wait 14 days more (DecisionTasksMigrationTest).
        MigrationInstructionsBuilder builder = runtimeService.createMigrationPlan(source.getId(), target.getId())
                .mapEqualActivities();
        migration.instructions(builder);
        if (!migration.variables().isEmpty()) {
            builder.setVariables(migration.variables());
        }
        MigrationPlan plan = builder.build();
        Set<String> mapped = new HashSet<>();
        plan.getInstructions().stream().map(MigrationInstruction::getSourceActivityId).forEach(mapped::add);

        List<String> migrating = new ArrayList<>();
        List<Staying> staying = new ArrayList<>();
        for (ProcessInstance instance : running) {
            List<String> unmapped = new ArrayList<>();
            collectUnmapped(runtimeService.getActivityInstance(instance.getId()), mapped, unmapped, true);
            if (unmapped.isEmpty()) {
                migrating.add(instance.getId());
            } else {
                staying.add(new Staying(instance.getId(), instance.getBusinessKey(), "stands at " + String.join(", ", unmapped)
                        + ", which version " + target.getVersion() + " has no place for; it stays on version "
                        + source.getVersion() + " until it has moved on"));
            }
        }
        String batchId = null;
        if (execute && !migrating.isEmpty()) {
            Batch batch = runtimeService.newMigration(plan).processInstanceIds(migrating).executeAsync();
            batchId = batch.getId();
        }
        return Optional.of(new VersionPlan(source.getId(), source.getVersion(), target.getId(), target.getVersion(),
                migrating, staying, batchId));
    }

    /** The activities (and asynchronous continuations) the instance stands at that the plan does not map. */
    private static void collectUnmapped(ActivityInstance activity, Set<String> mapped, List<String> unmapped, boolean root) {
        if (activity == null) {
            return;
        }
        if (!root && !mapped.contains(activity.getActivityId())) {
            unmapped.add(activity.getActivityId());
        }
        for (TransitionInstance transition : activity.getChildTransitionInstances()) {
            if (!mapped.contains(transition.getActivityId())) {
                unmapped.add(transition.getActivityId());
            }
        }
        for (ActivityInstance child : activity.getChildActivityInstances()) {
            collectUnmapped(child, mapped, unmapped, false);
        }
    }
}
