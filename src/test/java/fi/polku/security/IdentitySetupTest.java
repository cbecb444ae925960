package fi.polku.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;

/** Outside the demo profile Polku refuses to start with users that would leave the door open. */
class IdentitySetupTest {

    private static IdentityProperties.User admin(String password) {
        return new IdentityProperties.User("kaisa", "Kaisa", "Admin", "kaisa@example.org", password, List.of("camunda-admin"));
    }

    private static void check(boolean demo, IdentityProperties.User... users) {
        check(demo, null, users);
    }

    private static void check(boolean demo, String issuer, IdentityProperties.User... users) {
        new IdentitySetup(mock(IdentityService.class), new IdentityProperties(List.of(users), demo), oidc(issuer))
                .checkConfiguration();
    }

    static OidcProperties oidc(String issuer) {
        return new OidcProperties(issuer == null ? null : URI.create(issuer), null, List.of("polku"),
                List.of("groups", "roles"), List.of("preferred_username", "sub"), Map.of(),
                Duration.ofSeconds(60), Duration.ofMinutes(15), Duration.ofHours(24));
    }

    @Test
    void refusesDefaultAndWeakPasswords() {
        assertThatThrownBy(() -> check(false, admin("kaisa"))).hasMessageContaining("default or weak password");
        assertThatThrownBy(() -> check(false, admin("admin"))).hasMessageContaining("default or weak password");
        assertThatThrownBy(() -> check(false, admin("short-1"))).hasMessageContaining("at least 12");
        assertThatThrownBy(() -> check(false, admin(null))).hasMessageContaining("kaisa");
        assertThatCode(() -> check(false, admin("correct horse battery staple"))).doesNotThrowAnyException();
    }

    @Test
    void refusesToStartWithNeitherAProviderNorConfiguredUsersAndSaysWhy() {
        assertThatThrownBy(() -> check(false)).hasMessageContaining("no way to sign anyone in")
                .hasMessageContaining("polku.security.oidc.issuer-uri").hasMessageContaining("polku.identity.users");
        // A provider alone still needs the break-glass administrator, which keeps Admin's setup page closed.
        assertThatThrownBy(() -> check(false, "https://login.example.org/realm")).hasMessageContaining("camunda-admin");
        assertThatCode(() -> check(false, "https://login.example.org/realm", admin("correct horse battery staple")))
                .doesNotThrowAnyException();
    }

    @Test
    void theDemoProfileAllowsDemoPasswords() {
        assertThatCode(() -> check(true, admin("kaisa"))).doesNotThrowAnyException();
    }

    @Test
    void refusesToStartWithoutAnAdministratorOrWithUnknownGroups() {
        assertThatThrownBy(() -> check(true, new IdentityProperties.User("c", "C", "D", "c@example.org", "c",
                List.of("referral-coordinators")))).hasMessageContaining("camunda-admin");
        IdentityProperties.User stranger = new IdentityProperties.User("x", "X", "Y", "x@example.org",
                "correct horse battery staple", List.of("everyone"));
        assertThatThrownBy(() -> check(false, admin("correct horse battery staple"), stranger))
                .hasMessageContaining("unknown group everyone");
        IdentityProperties.User groupless = new IdentityProperties.User("z", "Z", "Y", "z@example.org",
                "correct horse battery staple", List.of());
        assertThatThrownBy(() -> check(false, admin("correct horse battery staple"), groupless))
                .hasMessageContaining("has no group");
    }
}
