package fi.polku.journey;

/**
 * A {@link ModelMigration} that needs nothing beyond the default plan: every activity of the new
 * version that keeps its id takes over the instances standing there. A module declares one as a
 * small subclass named after the change.
 */
public abstract class SameActivitiesMigration implements ModelMigration {

    private final String processDefinitionKey;
    private final String fromVersionTag;
    private final String toVersionTag;
    private final String change;

    /** {@code fromVersionTag} null: the versions deployed before models had tags. */
    protected SameActivitiesMigration(String processDefinitionKey, String fromVersionTag, String toVersionTag,
                                      String change) {
        this.processDefinitionKey = processDefinitionKey;
        this.fromVersionTag = fromVersionTag;
        this.toVersionTag = toVersionTag;
        this.change = change;
    }

    @Override
    public String processDefinitionKey() {
        return processDefinitionKey;
    }

    @Override
    public String fromVersionTag() {
        return fromVersionTag;
    }

    @Override
    public String toVersionTag() {
        return toVersionTag;
    }

    @Override
    public String change() {
        return change;
    }
}
