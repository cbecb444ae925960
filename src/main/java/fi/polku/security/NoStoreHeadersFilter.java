package fi.polku.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers of the integration API, engine REST and the webapps' own API carry personal data (names,
 * referral and assessment summaries, partner contacts): no browser or proxy may keep a copy, and
 * no browser may guess a content type other than the one declared. Engine REST sets its own
 * {@code Cache-Control: no-cache} (stored, revalidated) on reads; this filter's {@code no-store}
 * stands. The webapps' plugin scripts ({@code /static/}) stay cacheable.
 */
class NoStoreHeadersFilter extends OncePerRequestFilter {

    private static final Set<String> FIXED = Set.of("cache-control", "pragma", "expires");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().contains("/static/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!FIXED.contains(name.toLowerCase(Locale.ROOT))) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!FIXED.contains(name.toLowerCase(Locale.ROOT))) {
                    super.addHeader(name, value);
                }
            }

            @Override
            public void setDateHeader(String name, long date) {
                if (!FIXED.contains(name.toLowerCase(Locale.ROOT))) {
                    super.setDateHeader(name, date);
                }
            }

            @Override
            public void addDateHeader(String name, long date) {
                if (!FIXED.contains(name.toLowerCase(Locale.ROOT))) {
                    super.addDateHeader(name, date);
                }
            }
        });
    }
}
