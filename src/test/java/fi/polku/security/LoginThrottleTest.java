package fi.polku.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-12-01T08:00:00Z");
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Settings(5, 20, Duration.ofMinutes(1),
            Duration.ofMinutes(15), Duration.ofHours(1)), new Clock() {
                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            }, meters);

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }

    @Test
    void fiveFailuresLockTheUserForTheirAddressOnlyAndTheLockExpires() {
        fail("integration", "10.0.0.66", 4);
        assertThat(throttle.retryAfter("integration", "10.0.0.66")).isEmpty();

        fail("integration", "10.0.0.66", 1);

        assertThat(throttle.retryAfter("integration", "10.0.0.66")).contains(Duration.ofMinutes(1));
        assertThat(throttle.retryAfter("integration", "10.0.0.5")).as("the integration's own address").isEmpty();
        assertThat(throttle.retryAfter("admin", "10.0.0.66")).as("another user").isEmpty();
        assertThat(meters.counter("polku.logins.locks").count()).isEqualTo(1);
        assertThat(meters.get("polku.logins.locked").gauge().value()).isEqualTo(1);

        now = now.plus(Duration.ofSeconds(61));
        assertThat(throttle.retryAfter("integration", "10.0.0.66")).as("expired on its own").isEmpty();
        assertThat(meters.get("polku.logins.locked").gauge().value()).isZero();
    }

    @Test
    void eachFurtherFailureDoublesTheLockUpToTheLongest() {
        fail("coach", "10.0.0.66", 5);
        assertThat(throttle.retryAfter("coach", "10.0.0.66")).contains(Duration.ofMinutes(1));
        fail("coach", "10.0.0.66", 1);
        assertThat(throttle.retryAfter("coach", "10.0.0.66")).contains(Duration.ofMinutes(2));
        fail("coach", "10.0.0.66", 1);
        assertThat(throttle.retryAfter("coach", "10.0.0.66")).contains(Duration.ofMinutes(4));
        fail("coach", "10.0.0.66", 10);
        assertThat(throttle.retryAfter("coach", "10.0.0.66")).contains(Duration.ofMinutes(15));
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        fail("coach", "10.0.0.66", 4);
        now = now.plus(Duration.ofHours(2));
        fail("coach", "10.0.0.66", 4);
        assertThat(throttle.retryAfter("coach", "10.0.0.66")).isEmpty();
    }

    @Test
    void aSuccessForgetsTheUsersFailuresFromThatAddress() {
        fail("coach", "10.0.0.5", 4);
        throttle.succeeded("coach", "10.0.0.5");
        fail("coach", "10.0.0.5", 4);
        assertThat(throttle.retryAfter("coach", "10.0.0.5")).isEmpty();
    }

    @Test
    void anAddressFailingForManyUsersIsLockedForEveryUser() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "10.0.0.66");
        }
        assertThat(throttle.retryAfter("someone-else", "10.0.0.66")).isPresent();
        assertThat(throttle.retryAfter("someone-else", "10.0.0.5")).isEmpty();
        assertThat(throttle.locked()).extracting(LoginThrottle.Lock::userId, LoginThrottle.Lock::address)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "10.0.0.66"));
    }

    @Test
    void anAdministratorLiftsALock() {
        fail("admin", "10.0.0.66", 5);
        fail("coach", "10.0.0.66", 5);
        assertThat(throttle.lift("admin", null)).isEqualTo(1);
        assertThat(throttle.retryAfter("admin", "10.0.0.66")).isEmpty();
        assertThat(throttle.retryAfter("coach", "10.0.0.66")).isPresent();
        assertThat(throttle.locked()).extracting(LoginThrottle.Lock::userId).containsExactly("coach");
    }

    @Test
    void theMemoryIsBounded() {
        for (int i = 0; i < LoginThrottle.MAX_ENTRIES + 10; i++) {
            throttle.failed("user" + i, "10.1." + (i / 256 % 256) + "." + (i % 256));
        }
        assertThat(throttle.entries()).isLessThanOrEqualTo(LoginThrottle.MAX_ENTRIES + 2);
    }
}
