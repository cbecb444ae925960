package fi.polku.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final VerifiedCredentials verified = new VerifiedCredentials(Duration.ofSeconds(30), now::get);
    private final ApiCaller integration = new ApiCaller("integration", List.of("integrations"));

    @Test
    void acceptedCredentialsAreTakenAgainUntilTheirTimeToLiveEnds() {
        verified.remember("integration", "s3cret-pass", integration);

        assertThat(verified.find("integration", "s3cret-pass")).isEqualTo(integration);
        now.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(verified.find("integration", "s3cret-pass")).isEqualTo(integration);
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(verified.find("integration", "s3cret-pass")).as("expired: asks the identity service again").isNull();
    }

    @Test
    void onlyTheSameUserWithTheSamePasswordMatches() {
        verified.remember("integration", "s3cret-pass", integration);

        assertThat(verified.find("integration", "s3cret-pasS")).isNull();
        assertThat(verified.find("integration", "")).isNull();
        assertThat(verified.find("Integration", "s3cret-pass")).isNull();
        // "a:b" with "c" is another pair than "a" with "b:c"
        verified.remember("a", "b:c", integration);
        assertThat(verified.find("a:b", "c")).isNull();
    }

    @Test
    void aTimeToLiveOfZeroRemembersNothing() {
        VerifiedCredentials never = new VerifiedCredentials(Duration.ZERO, now::get);
        never.remember("integration", "s3cret-pass", integration);

        assertThat(never.find("integration", "s3cret-pass")).isNull();
    }

    @Test
    void aFloodOfDistinctCredentialsDoesNotGrowWithoutBound() {
        for (int i = 0; i <= VerifiedCredentials.MAX_ENTRIES; i++) {
            verified.remember("user" + i, "password", integration);
        }

        assertThat(verified.find("user0", "password")).as("forgotten when the bound was reached").isNull();
        assertThat(verified.find("user" + VerifiedCredentials.MAX_ENTRIES, "password")).isEqualTo(integration);
    }
}
