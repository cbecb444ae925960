package fi.polku.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an integration-API request body over {@link #MAX_BYTES} with 413 before anything reads
 * it: by its Content-Length, or, sent in chunks, as soon as it grows past the limit. Polku's largest
 * request is a few kilobytes; the limit leaves room for a text field of a megabyte to be refused by
 * its own rule, naming the field.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

    public static final long MAX_BYTES = 2L * 1024 * 1024;

    private final ObjectMapper objectMapper;

    public RequestSizeLimitFilter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** The body grew past the limit while being read. */
    public static class PayloadTooLargeException extends IOException {
        PayloadTooLargeException() {
            super("The request body is larger than " + MAX_BYTES + " bytes");
        }
    }

    public static ProblemDetail problem() {
        ProblemDetail problem = ApiProblem.of(org.springframework.http.HttpStatus.PAYLOAD_TOO_LARGE, "too-large",
                "Payload too large", "The request body is larger than 2 MB; nothing was stored.");
        problem.setProperty("errors", List.of(new FieldError("(body)", "max-size", "must be at most 2 MB")));
        return problem;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            // The body is not read; Tomcat discards what the client still sends (server.tomcat.max-swallow-size).
            objectMapper.writeValue(response.getOutputStream(), problem());
            return;
        }
        chain.doFilter(new LimitedRequest(request), response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private ServletInputStream limited;

        LimitedRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedInputStream(super.getInputStream());
            }
            return limited;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream in;
        private long read;

        LimitedInputStream(ServletInputStream in) {
            this.in = in;
        }

        private int count(int n) throws IOException {
            if (n > 0) {
                read += n;
                if (read > MAX_BYTES) {
                    throw new PayloadTooLargeException();
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return count(in.read(b, off, len));
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
