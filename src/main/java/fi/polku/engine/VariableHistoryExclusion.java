package fi.polku.engine;

/**
 * Variables whose values the engine must not write to its history: a Spring bean implementing
 * this is consulted by {@link FilteredHistory} for every variable and form property event.
 */
public interface VariableHistoryExclusion {

    boolean excludes(String variableName);
}
