package fi.polku.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A request the API refuses for a reason the caller can act on; becomes a problem detail. */
public class ApiException extends RuntimeException {

    private final transient ProblemDetail problem;

    public ApiException(ProblemDetail problem) {
        super(problem.getDetail());
        this.problem = problem;
    }

    public static ApiException notFound(String what) {
        return new ApiException(ApiProblem.of(HttpStatus.NOT_FOUND, "not-found", "Not found", what));
    }

    public static ApiException conflict(String type, String detail) {
        return new ApiException(ApiProblem.of(HttpStatus.CONFLICT, type, "Conflict", detail));
    }

    public ProblemDetail problem() {
        return problem;
    }
}
