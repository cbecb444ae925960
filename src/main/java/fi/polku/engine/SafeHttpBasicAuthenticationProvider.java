package fi.polku.engine;

import fi.polku.api.Text;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * Engine REST's authentication: a caller whose bearer token Polku's token filter has already
 * verified (request attribute {@link #VERIFIED_USER}), with the groups of the token; otherwise HTTP
 * Basic, refusing credentials no user can have (control characters: a NUL would reach the identity
 * query and fail there with 500) as simply wrong. Engine REST's authentication filter takes a
 * provider class, instantiated by name, so the verified caller comes as a request attribute (which
 * no client can set); the HTTP Basic provider it extends is in engine REST's {@code impl} package.
 */
public class SafeHttpBasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

    /** The {@link EngineUser} of a verified bearer token. */
    public static final String VERIFIED_USER = SafeHttpBasicAuthenticationProvider.class.getName() + ".verifiedUser";

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        if (request.getAttribute(VERIFIED_USER) instanceof EngineUser user) {
            AuthenticationResult result = AuthenticationResult.successful(user.userId());
            // The token's groups, not the identity tables': the user may not exist there at all.
            result.setGroups(user.groupIds());
            result.setTenants(List.of());
            return result;
        }
        return super.extractAuthenticatedUser(request, engine);
    }

    @Override
    protected boolean isAuthenticated(ProcessEngine engine, String userName, String password) {
        return !Text.refused(userName) && !Text.refused(password) && super.isAuthenticated(engine, userName, password);
    }
}
