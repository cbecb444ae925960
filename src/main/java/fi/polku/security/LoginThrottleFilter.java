package fi.polku.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.api.ApiProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every way of presenting a password (HTTP Basic on the API, engine REST and metrics; the webapps'
 * login form) goes through the {@link LoginThrottle}: a user locked for the caller's address is
 * answered 429 with {@code Retry-After} before the password is checked; afterwards a 401 counts as a
 * failure and an accepted password (any other answer below 400, or 403: right password, wrong
 * group) clears the user's failures from that address.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final ObjectMapper objectMapper;

    public LoginThrottleFilter(LoginThrottle throttle, ObjectMapper objectMapper) {
        this.throttle = throttle;
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String userId = attemptedUser(request);
        if (userId == null) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.retryAfter(userId, address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            response.setHeader("Retry-After", Long.toString(seconds));
            ProblemDetail problem = ApiProblem.of(HttpStatus.TOO_MANY_REQUESTS, "login-locked", "Too many failed logins",
                    "Too many failed logins for this user from your address: try again in " + seconds + " seconds");
            problem.setProperty("message", problem.getDetail());
            response.setStatus(problem.getStatus());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            objectMapper.writeValue(response.getOutputStream(), problem);
            return;
        }
        chain.doFilter(request, response);
        int status = response.getStatus();
        if (status == HttpStatus.UNAUTHORIZED.value()) {
            throttle.failed(userId, address);
        } else if (status < 400 || status == HttpStatus.FORBIDDEN.value()) {
            throttle.succeeded(userId, address);
        }
    }

    /** The user name of HTTP Basic credentials, or of a webapp login form; null when the request presents none. */
    private static String attemptedUser(HttpServletRequest request) {
        String[] credentials = PresentedCredentials.basic(request.getHeader("Authorization"));
        if (credentials != null) {
            return credentials[0];
        }
        if ("POST".equals(request.getMethod()) && request.getRequestURI().contains("/login/")) {
            String username = request.getParameter("username");
            return username == null || username.isEmpty() ? null : username;
        }
        return null;
    }
}
