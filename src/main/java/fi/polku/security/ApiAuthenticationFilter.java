package fi.polku.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.api.ApiException;
import fi.polku.api.ApiProblem;
import fi.polku.database.DatabaseFailures;
import fi.polku.engine.EngineUser;
import fi.polku.engine.WebappSessionUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authentication of the integration API: a bearer token already verified by {@link BearerTokenFilter},
 * or HTTP Basic against the engine's identity service (the same users and groups as Tasklist). Group checks happen per endpoint with {@link ApiCaller#require}.
 * Paths listed as webapp paths also accept the Camunda webapp session, so a page inside Cockpit or
 * a tab in Tasklist can call them: GETs with the session alone, writes only with the session's
 * CSRF token in {@code X-XSRF-TOKEN} as the webapps send it (the cookie alone would make them
 * forgeable from another site).
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identityService;
    private final ObjectMapper objectMapper;
    private final List<Role> requiredRoles;
    private final VerifiedCredentials verified;
    /** Where Camunda's CSRF filter keeps the session's token and which header carries it back. */
    static final String CSRF_TOKEN_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
    static final String CSRF_TOKEN_HEADER = "X-XSRF-TOKEN";

    private List<String> webappSessionPaths = List.of();

    /**
     * @param credentialsTimeToLive how long accepted credentials are taken without asking the
     *                              identity service again ({@link VerifiedCredentials}); zero: never
     * @param requiredRoles when given, the caller must be in one of them (administrators always
     *                      are); otherwise each endpoint checks its own groups
     */
    public ApiAuthenticationFilter(IdentityService identityService, ObjectMapper objectMapper,
                                   Duration credentialsTimeToLive, Role... requiredRoles) {
        this.identityService = identityService;
        this.objectMapper = objectMapper;
        this.verified = new VerifiedCredentials(credentialsTimeToLive);
        this.requiredRoles = List.of(requiredRoles);
    }

    /** Requests under these path prefixes may also authenticate with the webapp session. */
    public ApiAuthenticationFilter acceptingWebappSessionFor(String... pathPrefixes) {
        this.webappSessionPaths = List.of(pathPrefixes);
        return this;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ApiCaller caller;
        try {
            caller = authenticate(request);
        } catch (RuntimeException e) {
            if (!DatabaseFailures.unreachable(e)) {
                throw e;
            }
            // Checking the password needs the database: say so, as the API does, not 500.
            response.setHeader("Retry-After", ApiProblem.RETRY_AFTER_SECONDS);
            write(response, ApiProblem.databaseUnavailable());
            return;
        }
        if (caller == null) {
            unauthorized(response);
            return;
        }
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

    /**
     * The caller by a bearer token {@link BearerTokenFilter} verified, the webapp session (GETs on
     * webapp paths) or HTTP Basic; null when none holds.
     */
    private ApiCaller authenticate(HttpServletRequest request) {
        if (request.getAttribute(BearerTokenFilter.CALLER) instanceof ApiCaller tokenCaller) {
            return tokenCaller;
        }
        String header = request.getHeader("Authorization");
        ApiCaller caller = header == null ? webappSessionCaller(request) : null;
        if (caller != null) {
            return caller;
        }
        String[] credentials = PresentedCredentials.basic(header);
        if (credentials == null) {
            return null;
        }
        caller = verified.find(credentials[0], credentials[1]);
        if (caller != null) {
            return caller;
        }
        if (!identityService.checkPassword(credentials[0], credentials[1])) {
            return null;
        }
        List<String> groups = identityService.createGroupQuery().groupMember(credentials[0]).list().stream()
                .map(Group::getId).toList();
        caller = new ApiCaller(credentials[0], groups);
        verified.remember(credentials[0], credentials[1], caller);
        return caller;
    }

    /**
     * The user logged in to the webapps, for a request on a webapp path: a GET, or a write carrying
     * the session's CSRF token; null otherwise.
     */
    private ApiCaller webappSessionCaller(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (webappSessionPaths.stream().noneMatch(path::startsWith)
                || !("GET".equals(request.getMethod()) || carriesCsrfToken(request))) {
            return null;
        }
        EngineUser user = WebappSessionUser.of(request, ProcessEngines.NAME_DEFAULT);
        return user == null ? null : new ApiCaller(user.userId(), user.groupIds());
    }

    /** The webapps' own CSRF defence: the token Camunda keeps in the session, sent back as a header. */
    private static boolean carriesCsrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(CSRF_TOKEN_SESSION_ATTRIBUTE);
        String sent = request.getHeader(CSRF_TOKEN_HEADER);
        return expected instanceof String token && sent != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
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
