package fi.polku.engine;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * The user signed in to Camunda's webapps. The webapps keep it in the HTTP session in classes of
 * their {@code impl} package; there is no public API to read it, and Polku's plugins call Polku's
 * API (and the engine write guard checks Tasklist's calls) with that session.
 */
public final class WebappSessionUser {

    private WebappSessionUser() {
    }

    /** The user signed in to the webapps for the engine, with their groups; null without such a session. */
    public static EngineUser of(HttpServletRequest request, String engineName) {
        HttpSession session = request.getSession(false);
        Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        return authentications != null
                && authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user
                ? new EngineUser(user.getName(), user.getGroupIds() == null ? null : List.copyOf(user.getGroupIds()))
                : null;
    }
}
