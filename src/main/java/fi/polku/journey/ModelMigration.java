package fi.polku.journey;

import java.util.Map;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;

/**
 * How the running instances of one version of a model move to the next, declared by the module
 * that owns the model next to the change (one per process and version pair) and applied only when
 * an administrator asks ({@code POST /api/v1/model-migrations}). Every activity that keeps its id
 * keeps its place, its timers due when they were due and its message waits as they were;
 * {@link #instructions} adds what else the change needs. An instance standing where the plan has no
 * mapping stays on its version and is listed with the reason.
 */
public interface ModelMigration {

    String processDefinitionKey();

    /** The version tag migrated from; null for the versions deployed before models had tags. */
    String fromVersionTag();

    String toVersionTag();

    /** What the change means for the running instances, in a sentence (shown in the report). */
    String change();

    /** Mappings beyond "same activity id" (e.g. a renamed task); none by default. */
    default void instructions(MigrationPlanBuilder plan) {
    }

    /** Variables the new version reads that running instances lack; none by default. */
    default Map<String, Object> variables() {
        return Map.of();
    }
}
