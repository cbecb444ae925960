package fi.polku.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The path of a request within the application as the servlet container and engine REST read it:
 * path parameters ({@code ;name=value}) dropped from every segment, percent-encoding decoded, empty
 * and {@code .} segments dropped, {@code ..} resolved, no trailing slash. Filters that decide on a
 * path match this form, never the raw request URI: {@code /task/<id>;x=1/submit-form} or
 * {@code /task/%31.../submit-form} reach the same resource as {@code /task/<id>/submit-form}, and a
 * check that read them differently could be passed by.
 */
public final class RequestPath {

    private RequestPath() {
    }

    public static String of(HttpServletRequest request) {
        String raw = request.getRequestURI().substring(request.getContextPath().length());
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : raw.split("/")) {
            int parameters = segment.indexOf(';');
            String name = decode(parameters < 0 ? segment : segment.substring(0, parameters));
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                segments.pollLast();
            } else {
                segments.addLast(name);
            }
        }
        return "/" + String.join("/", segments);
    }

    /** Percent-decoding of a path segment ({@code +} is a plus there, not a space). */
    private static String decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return segment; // the container refuses a malformed escape before any resource sees it
        }
    }
}
