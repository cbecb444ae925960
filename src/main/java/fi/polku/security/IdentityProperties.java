package fi.polku.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Users of this installation and their groups, created in the engine's identity service at start.
 *
 * @param users                 the users
 * @param demoPasswordsAllowed  only the demo profile sets this: it allows username = password
 */
@ConfigurationProperties("polku.identity")
record IdentityProperties(@DefaultValue List<User> users, boolean demoPasswordsAllowed) {

    public record User(String id, String firstName, String lastName, String email, String password,
                       @DefaultValue List<String> groups) {
    }
}
