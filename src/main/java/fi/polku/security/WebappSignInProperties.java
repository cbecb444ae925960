package fi.polku.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The webapps' sign-in through the provider of {@link OidcProperties} (authorization code with
 * PKCE). Off: Camunda's own login form with the configured users.
 *
 * @param clientId     Polku's client at the provider (Entra: the application's client id)
 * @param clientSecret its secret
 * @param scopes       asked for at sign-in
 */
@ConfigurationProperties("polku.security.oidc.webapp-sign-in")
record WebappSignInProperties(boolean enabled, String clientId, String clientSecret,
                              @DefaultValue({"openid", "profile", "email"}) List<String> scopes) {
}
