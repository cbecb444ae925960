package fi.polku.security;

/**
 * A process a group may start from Tasklist ("Start process", through the process's start form):
 * the module that owns the process declares it as a bean, and {@link AuthorizationSetup} grants
 * exactly these starts.
 *
 * @param processDefinitionKey the process the group may start
 */
public record TasklistStart(Role role, String processDefinitionKey) {
}
