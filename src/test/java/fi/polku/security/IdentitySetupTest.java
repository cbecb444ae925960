package fi.polku.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;

/** Outside the demo profile Polku refuses to start with users that would leave the door open. */
class IdentitySetupTest {

    private static IdentityProperties.User admin(String password) {
        return new IdentityProperties.User("kaisa", "Kaisa", "Admin", "kaisa@example.org", password, List.of("camunda-admin"));
    }

    private static void check(boolean demo, IdentityProperties.User... users) {
        new IdentitySetup(mock(IdentityService.class), new IdentityProperties(List.of(users), demo)).checkConfiguration();
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
    void theDemoProfileAllowsDemoPasswords() {
        assertThatCode(() -> check(true, admin("kaisa"))).doesNotThrowAnyException();
    }

    @Test
    void refusesToStartWithoutAnAdministratorOrWithUnknownGroups() {
        assertThatThrownBy(() -> check(true)).hasMessageContaining("camunda-admin");
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
