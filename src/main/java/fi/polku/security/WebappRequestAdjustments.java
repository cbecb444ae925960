package fi.polku.security;

import fi.polku.api.RequestPath;
import fi.polku.engine.EngineUser;
import fi.polku.engine.WebappSessionUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Four requests Camunda's webapps make on ordinary pages that the engine answers with an error,
 * although nothing is wrong (README, "Accessibility and the first look"): browsers list them as
 * failed requests, monitoring counts them, and one shows Cockpit's process page a red error.
 * <ul>
 * <li>"Who is signed in?" ({@code GET /camunda/api/admin/auth/user/{engine}}) before anyone is:
 * 404 becomes 204. The webapps read every answer but 200 as "nobody" (commons-ui's
 * authenticationService).</li>
 * <li>"Which password policy applies?" ({@code GET .../identity/password-policy}) when none is
 * enabled: 404 becomes 204, which the password widget reads as "no policy".</li>
 * <li>A task's comments ({@code GET .../task/{id}/comment}, Tasklist's History tab) for a team
 * member: Polku switches comments off ({@link EngineWriteGuard} refuses them to anyone but an
 * administrator), and the engine answers 404 to whoever may not read the task's history, which a team
 * member may not. The answer is the empty list; an administrator gets the engine's own answer.</li>
 * <li>A list without {@code maxResults} (Cockpit's version pickers ask
 * {@code GET .../process-definition?key=…} so): the engine refuses every unbounded query
 * ({@code queryMaxResultsLimit}, 400). The request is given {@code maxResults} at that limit, which
 * is what the engine would allow any paged request.</li>
 * </ul>
 * Only GETs of the webapps' own API paths, never the integration's {@code /engine-rest}.
 */
final class WebappRequestAdjustments extends OncePerRequestFilter {

    private static final Pattern SIGNED_IN_USER = Pattern.compile("/camunda/api/admin/auth/user/([^/]+)");
    private static final Pattern PASSWORD_POLICY = Pattern.compile("/camunda/api/engine/engine/[^/]+/identity/password-policy");
    private static final Pattern TASK_COMMENTS = Pattern.compile("/camunda/api/engine/engine/([^/]+)/task/[^/]+/comment");
    /** A top-level collection of the engine's API, e.g. {@code /camunda/api/engine/engine/default/process-definition}. */
    private static final Pattern COLLECTION = Pattern.compile("/camunda/api/engine/engine/[^/]+/[a-z-]+");

    private final IdentityService identityService;
    private final int queryMaxResultsLimit;

    WebappRequestAdjustments(IdentityService identityService, int queryMaxResultsLimit) {
        this.identityService = identityService;
        this.queryMaxResultsLimit = queryMaxResultsLimit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = RequestPath.of(request);
        Matcher signedIn = SIGNED_IN_USER.matcher(path);
        if (signedIn.matches() && WebappSessionUser.of(request, signedIn.group(1)) == null) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        if (PASSWORD_POLICY.matcher(path).matches() && identityService.getPasswordPolicy() == null) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        Matcher comments = TASK_COMMENTS.matcher(path);
        if (comments.matches() && isTeamMember(WebappSessionUser.of(request, comments.group(1)))) {
            response.setContentType("application/json");
            response.getWriter().write("[]");
            return;
        }
        if (COLLECTION.matcher(path).matches() && request.getParameter("maxResults") == null) {
            chain.doFilter(withParameter(request, "maxResults", Integer.toString(queryMaxResultsLimit)), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Signed in, and not an administrator. */
    private static boolean isTeamMember(EngineUser user) {
        return user != null && (user.groupIds() == null || !user.groupIds().contains(Role.ADMINS.groupId()));
    }

    /** The request with one more query parameter, as JAX-RS reads it (parameters and query string). */
    private static HttpServletRequest withParameter(HttpServletRequest request, String name, String value) {
        Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameterMap());
        parameters.put(name, new String[] {value});
        String query = request.getQueryString();
        String extendedQuery = (query == null || query.isEmpty() ? "" : query + "&") + name + "=" + value;
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getQueryString() {
                return extendedQuery;
            }

            @Override
            public String getParameter(String parameter) {
                String[] values = parameters.get(parameter);
                return values == null ? null : values[0];
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Collections.unmodifiableMap(parameters);
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.enumeration(parameters.keySet());
            }

            @Override
            public String[] getParameterValues(String parameter) {
                return parameters.get(parameter);
            }
        };
    }
}
