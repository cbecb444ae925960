package fi.polku.security;

import fi.polku.api.Text;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Who a request says it is with HTTP Basic (the user of a webapp session: {@code engine.WebappSessionUser}). */
final class PresentedCredentials {

    private PresentedCredentials() {
    }

    /**
     * User name and password of an HTTP Basic header; null when there is none, it is malformed, or
     * it holds control characters (they belong to nobody, and a NUL would break the identity query).
     */
    static String[] basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 || Text.refused(decoded) ? null
                    : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

}
