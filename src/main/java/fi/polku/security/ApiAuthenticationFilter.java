package fi.polku.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.api.ApiException;
import fi.polku.api.ApiProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic authentication of the integration API against the engine's identity service (the
 * same users and groups as Tasklist). Group checks happen per endpoint with {@link ApiCaller#require}.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identityService;
    private final ObjectMapper objectMapper;
    private final List<Role> requiredRoles;

    /**
     * @param requiredRoles when given, the caller must be in one of them (administrators always
     *                      are); otherwise each endpoint checks its own groups
     */
    public ApiAuthenticationFilter(IdentityService identityService, ObjectMapper objectMapper, Role... requiredRoles) {
        this.identityService = identityService;
        this.objectMapper = objectMapper;
        this.requiredRoles = List.of(requiredRoles);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String[] credentials = basicCredentials(request.getHeader("Authorization"));
        if (credentials == null || !identityService.checkPassword(credentials[0], credentials[1])) {
            unauthorized(response);
            return;
        }
        List<String> groups = identityService.createGroupQuery().groupMember(credentials[0]).list().stream()
                .map(Group::getId).toList();
        ApiCaller caller = new ApiCaller(credentials[0], groups);
        if (!requiredRoles.isEmpty()) {
            try {
                caller.require(requiredRoles.toArray(Role[]::new));
            } catch (ApiException forbidden) {
                write(response, forbidden.problem());
                return;
            }
        }
        request.setAttribute(ApiCaller.ATTRIBUTE, caller);
        chain.doFilter(request, response);
    }

    private static String[] basicCredentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void unauthorized(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Polku\", charset=\"UTF-8\"");
        write(response, ApiProblem.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                "Authenticate with HTTP Basic as a Polku user"));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
