package fi.polku.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * HTTP Basic on the API, engine REST and metrics. An installation whose integrations all use
 * tokens switches it off, so a leaked or guessed password opens nothing there.
 */
@ConfigurationProperties("polku.security.http-basic")
record HttpBasicProperties(@DefaultValue("true") boolean enabled) {
}
