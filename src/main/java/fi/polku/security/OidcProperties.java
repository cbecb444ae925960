package fi.polku.security;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The OpenID Connect provider whose access tokens the API and engine REST accept (README, "Single
 * sign-on"). Empty issuer: no provider, bearer tokens are refused and HTTP Basic is the only way in.
 *
 * @param issuerUri     the provider's issuer, exactly as tokens carry it in {@code iss}
 * @param jwkSetUri     the provider's keys; empty: the {@code jwks_uri} of the issuer's discovery document
 * @param audiences     a token must name one of these in {@code aud} (required with an issuer: a token
 *                      the provider issued for another application must not open Polku)
 * @param groupsClaims  claims holding the caller's groups or app roles, read in this order and merged
 * @param userClaims    the first of these claims present names the user (Tasklist's assignee)
 * @param groupMapping  a claim value (Entra group object id, app role value, Keycloak group) to a
 *                      Polku group id; a value that already is a Polku group id needs no entry
 * @param clockSkew     tolerance on {@code exp} and {@code nbf} for clocks that differ slightly
 * @param keysTimeToLive  keys are fetched again after this long (and at once for an unknown key id)
 * @param keysOutageTolerance  while the provider cannot be reached, keys fetched before are used this long
 */
@ConfigurationProperties("polku.security.oidc")
record OidcProperties(URI issuerUri, URI jwkSetUri, @DefaultValue List<String> audiences,
                      @DefaultValue({"groups", "roles"}) List<String> groupsClaims,
                      @DefaultValue({"preferred_username", "sub"}) List<String> userClaims,
                      @DefaultValue Map<String, String> groupMapping,
                      @DefaultValue("60s") Duration clockSkew,
                      @DefaultValue("15m") Duration keysTimeToLive,
                      @DefaultValue("24h") Duration keysOutageTolerance) {

    boolean configured() {
        return issuerUri != null && !issuerUri.toString().isBlank();
    }

    /** Refuses a provider configuration that would accept tokens meant for someone else. */
    void check() {
        if (!configured()) {
            return;
        }
        if (audiences.isEmpty()) {
            throw new IllegalStateException("polku.security.oidc.audiences must name Polku's client id or "
                    + "application id URI: without an audience check a token the provider issued for any other "
                    + "application would open Polku");
        }
        groupMapping.forEach((claimValue, groupId) -> {
            if (!Role.exists(groupId)) {
                throw new IllegalStateException("polku.security.oidc.group-mapping maps " + claimValue
                        + " to unknown group " + groupId);
            }
        });
    }
}
