package fi.polku.security;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.http.HttpHeaders;

/**
 * The whole authorization matrix of {@link AuthorizationIT} again, with each test user calling the
 * API and engine REST with an access token of the identity provider instead of HTTP Basic: a token
 * caller must be allowed and refused exactly what the same user is with a password, on the endpoint
 * rows and on the user tasks.
 * <p>
 * The tokens carry the groups the way providers do: most as Polku group ids in {@code groups}, the
 * team lead's as a Keycloak group path and the integration's as an Entra app role in {@code roles},
 * both mapped in the test configuration.
 */
class TokenAuthorizationIT extends AuthorizationIT {

    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    /**
     * The rows a token reaches: not the webapps' logins and session-based engine API, which the
     * parent class tries (a second round of failed logins of the user "nobody" would only meet the
     * login throttle).
     */
    static Stream<Arguments> endpointCells() {
        return AuthorizationIT.endpointCells().filter(cell -> {
            String endpoint = (String) cell.get()[0];
            return !endpoint.startsWith("LOGIN ") && !endpoint.contains(" /camunda/");
        });
    }

    @Override
    protected void authenticate(HttpHeaders headers, String user) {
        headers.setBearerAuth(tokens.computeIfAbsent(user, this::token));
    }

    /** A token with the groups the user has in the test configuration. */
    private String token(String user) {
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId)
                .map(group -> group.equals(Role.TEAM_LEADS.groupId()) ? "/polku/team-leads" : group)
                .toList();
        if (groups.equals(List.of(Role.INTEGRATIONS.groupId()))) {
            return OIDC.clientCredentials(user, Map.of("roles", List.of("Polku.Integration")));
        }
        return OIDC.token(user, Map.of("groups", groups));
    }
}
