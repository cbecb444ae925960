package fi.polku.api;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Problem details (RFC 9457) as the integration API returns them. */
public final class ApiProblem {

    private static final String TYPE_BASE = "https://polku.example/problems/";

    private ApiProblem() {
    }

    public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    /** The database cannot be reached: nothing was stored, the caller may try again (see Retry-After). */
    public static ProblemDetail databaseUnavailable() {
        return of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable",
                "The database is not reachable right now; nothing was stored. Try again shortly.");
    }

    /** Seconds a client should wait before retrying after {@link #databaseUnavailable()}. */
    public static final String RETRY_AFTER_SECONDS = "30";

    public static ProblemDetail invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        problem.setProperty("errors", errors);
        return problem;
    }
}
