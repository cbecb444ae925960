package fi.polku.security;

import fi.polku.api.Text;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/** Who a request says it is: HTTP Basic credentials, or the user of a webapp session. */
final class PresentedCredentials {

    private PresentedCredentials() {
    }

    /**
     * User name and password of an HTTP Basic header; null when there is none, it is malformed, or
     * it holds control characters (they belong to nobody, and a NUL would break the identity query).
     */
    static String[] basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 || Text.refused(decoded) ? null
                    : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The user logged in to the webapps for the engine, with their groups; null without such a session. */
    static WebappUser webappUser(HttpServletRequest request, String engineName) {
        HttpSession session = request.getSession(false);
        Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        return authentications != null
                && authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user
                ? new WebappUser(user.getName(), List.copyOf(user.getGroupIds() == null ? List.of() : user.getGroupIds()))
                : null;
    }

    record WebappUser(String userId, List<String> groupIds) {
    }
}
