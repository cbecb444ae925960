package fi.polku.engine;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

/**
 * The webapps' user when staff sign in through the identity provider: Camunda's container-based
 * authentication filter (a class of the webapps' {@code impl} package, instantiated by name) asks
 * this provider who the session belongs to; Polku's sign-in put the user and the groups of their
 * ID token into the session ({@link #USER_ID}, {@link #GROUP_IDS}) once it accepted them.
 */
public class WebappSessionUserProvider implements AuthenticationProvider {

    public static final String USER_ID = WebappSessionUserProvider.class.getName() + ".userId";
    public static final String GROUP_IDS = WebappSessionUserProvider.class.getName() + ".groupIds";

    /** Camunda's container-based authentication filter, to be given this provider by name (init parameter below). */
    public static Filter containerBasedAuthenticationFilter() {
        return new ContainerBasedAuthenticationFilter();
    }

    /** The container-based authentication filter's init parameter naming its provider class. */
    public static final String PROVIDER_PARAMETER = "authentication-provider";

    @Override
    @SuppressWarnings("unchecked")
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(USER_ID) instanceof String userId)) {
            return AuthenticationResult.unsuccessful();
        }
        AuthenticationResult result = AuthenticationResult.successful(userId);
        result.setGroups(List.copyOf((List<String>) session.getAttribute(GROUP_IDS)));
        result.setTenants(List.of());
        return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // The sign-in is the provider's redirect, which Spring Security sends; nothing to add here.
    }
}
