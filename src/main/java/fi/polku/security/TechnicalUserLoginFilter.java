package fi.polku.security;

import fi.polku.api.Text;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Technical users (group {@code integrations} only) call the integration API and nothing else.
 * The engine's application authorizations already keep them out of Tasklist, Cockpit and Admin;
 * this filter also refuses their login to the welcome page, which Camunda lets every user into.
 */
class TechnicalUserLoginFilter extends OncePerRequestFilter {

    private final IdentityService identityService;

    public TechnicalUserLoginFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().contains("/login/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        if ((username != null && Text.refused(username)) || (password != null && Text.refused(password))) {
            // Nobody's credentials (and a NUL would break the identity query): a failed login.
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if (username != null && isTechnicalUser(username)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isTechnicalUser(String userId) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        return groups.contains(Role.INTEGRATIONS.groupId())
                && groups.stream().allMatch(Role.INTEGRATIONS.groupId()::equals);
    }
}
