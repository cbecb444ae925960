package fi.polku.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import fi.polku.database.DatabaseFailures;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the integration API as {@code application/problem+json} (RFC 9457): bad input
 * names each field and rule, and no stack trace ever leaves the server.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> apiException(ApiException e) {
        return problem(e.problem());
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalidRequest(InvalidRequestException e) {
        return problem(ApiProblem.invalid(e.errors()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(ApiProblem.invalid(List.of(new FieldError(e.getName(), "format",
                "is not a valid " + (e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName())))));
    }

    /** The database is unreachable: the caller may try again, nothing was stored. */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            TransientDataAccessException.class})
    ResponseEntity<Object> databaseUnavailable(Exception e) {
        log.warn("Database unavailable: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, ApiProblem.RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ApiProblem.databaseUnavailable());
    }

    /** Another transaction changed the same journey at the same moment; this one was rolled back. */
    @ExceptionHandler(org.camunda.bpm.engine.OptimisticLockingException.class)
    ResponseEntity<Object> concurrentChange(Exception e) {
        log.info("Concurrent change refused: {}", e.getMessage());
        return problem(ApiProblem.of(HttpStatus.CONFLICT, "concurrent-change", "Conflict",
                "The journey changed at the same moment; nothing was stored. Try again."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (DatabaseFailures.unreachable(e)) {
            return databaseUnavailable(e);
        }
        log.error("Unexpected error in the API", e);
        return problem(ApiProblem.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Polku could not handle the request; nothing was stored. The error is logged for the maintainers."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getCode(), f.getDefaultMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .toList();
        return problem(ApiProblem.invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof RequestSizeLimitFilter.PayloadTooLargeException) {
            return problem(RequestSizeLimitFilter.problem());
        }
        FieldError error = e.getCause() instanceof JsonProcessingException json
                ? RequestValidation.describe(json)
                : new FieldError("(body)", "required", "a JSON request body is required");
        return problem(ApiProblem.invalid(List.of(error)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(ApiProblem.invalid(List.of(new FieldError("Content-Type", "media-type",
                "must be application/json, was " + (e.getContentType() == null ? "missing" : e.getContentType())))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String supported = e.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "));
        ProblemDetail problem = ApiProblem.of(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable",
                "The answer can be " + supported + " (errors: application/problem+json)");
        problem.setProperty("errors", List.of(new FieldError("Accept", "media-type", "must accept one of " + supported)));
        return problem(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        return response == null ? null : ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(response.getBody());
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
