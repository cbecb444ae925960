package fi.polku.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.api.ApiProblem;
import fi.polku.engine.EngineUser;
import fi.polku.engine.SafeHttpBasicAuthenticationProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * OAuth2 bearer tokens on the API, engine REST and metrics: a valid token's caller is handed to the
 * authentication that follows ({@link ApiAuthenticationFilter}, engine REST's
 * {@link SafeHttpBasicAuthenticationProvider}) as a request attribute, which a client cannot set;
 * a refused token is answered here with a problem naming the reason class. Requests without a
 * token pass on to HTTP Basic, unless that is switched off.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    /** The request attribute with the {@link ApiCaller} of a valid token. */
    static final String CALLER = BearerTokenFilter.class.getName() + ".caller";

    private final BearerTokens tokens;
    private final boolean basicEnabled;
    private final ObjectMapper objectMapper;

    /** @param tokens null: no provider is configured, bearer tokens are refused */
    BearerTokenFilter(BearerTokens tokens, boolean basicEnabled, ObjectMapper objectMapper) {
        this.tokens = tokens;
        this.basicEnabled = basicEnabled;
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            if (tokens == null) {
                refuse(response, new BearerTokens.Refused(HttpStatus.UNAUTHORIZED, "bearer-not-accepted",
                        "This installation has no identity provider configured; bearer tokens are not accepted"));
                return;
            }
            BearerTokens.Outcome outcome = tokens.check(header.substring(7).trim());
            if (outcome instanceof BearerTokens.Refused refused) {
                refuse(response, refused);
                return;
            }
            ApiCaller caller = ((BearerTokens.Accepted) outcome).caller();
            request.setAttribute(CALLER, caller);
            request.setAttribute(SafeHttpBasicAuthenticationProvider.VERIFIED_USER,
                    new EngineUser(caller.userId(), caller.groups()));
        } else if (!basicEnabled && header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            refuse(response, new BearerTokens.Refused(HttpStatus.UNAUTHORIZED, "basic-disabled",
                    "HTTP Basic is switched off here; authenticate with a bearer token of the identity provider"));
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, BearerTokens.Refused refused) throws IOException {
        if (refused.status() == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Polku\", error=\"invalid_token\"");
        } else if (refused.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", ApiProblem.RETRY_AFTER_SECONDS);
        }
        ProblemDetail problem = ApiProblem.of(refused.status(), refused.reason(), refused.status().getReasonPhrase(),
                refused.detail());
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
