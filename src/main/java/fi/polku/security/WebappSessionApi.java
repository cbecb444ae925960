package fi.polku.security;

/**
 * A part of the integration API that Polku's own webapp plugins call with the signed-in user's
 * webapp session (GETs; writes with the session's CSRF token) instead of HTTP Basic: the module that serves the path declares it as
 * a bean, and the API's authentication accepts the session there.
 *
 * @param pathPrefix e.g. {@code /api/v1/dashboard/journeys}
 */
public record WebappSessionApi(String pathPrefix) {
}
