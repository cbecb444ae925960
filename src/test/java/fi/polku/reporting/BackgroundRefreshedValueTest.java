package fi.polku.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class BackgroundRefreshedValueTest {

    private Instant now = Instant.parse("2026-11-25T12:00:00Z");
    private final InstantSource clock = () -> now;
    /** The background: tasks wait here until the test runs them. */
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final AtomicInteger computations = new AtomicInteger();
    private Supplier<Integer> computation = computations::incrementAndGet;

    private BackgroundRefreshedValue<Integer> value(Duration maxAge) {
        return new BackgroundRefreshedValue<>("test figure", () -> computation.get(), maxAge, clock, background::add);
    }

    @Test
    void theFirstUseComputesAndLaterUsesWithinTheMaxAgeReuse() {
        BackgroundRefreshedValue<Integer> value = value(Duration.ofMinutes(10));

        assertThat(value.get()).isEqualTo(1);
        now = now.plus(Duration.ofMinutes(9));
        assertThat(value.get()).isEqualTo(1);
        assertThat(computations).hasValue(1);
        assertThat(background).isEmpty();
    }

    @Test
    void afterTheMaxAgeTheOldFigureIsServedAtOnceAndOneComputationRunsInTheBackground() {
        BackgroundRefreshedValue<Integer> value = value(Duration.ofMinutes(10));
        value.get();
        now = now.plus(Duration.ofMinutes(10));

        assertThat(value.get()).isEqualTo(1);
        assertThat(value.get()).isEqualTo(1);
        assertThat(background).hasSize(1);
        assertThat(computations).hasValue(1);

        background.remove().run();
        assertThat(value.get()).isEqualTo(2);
        assertThat(background).isEmpty();
    }

    @Test
    void aFailedRecomputationKeepsTheLastFigureAndIsTriedAgain() {
        BackgroundRefreshedValue<Integer> value = value(Duration.ofMinutes(10));
        value.get();
        now = now.plus(Duration.ofMinutes(11));
        computation = () -> {
            throw new IllegalStateException("database down");
        };

        value.get();
        background.remove().run();
        assertThat(value.get()).isEqualTo(1);

        computation = computations::incrementAndGet;
        background.remove().run();
        assertThat(value.get()).isEqualTo(2);
    }

    @Test
    void withNoMaxAgeEveryUseComputes() {
        BackgroundRefreshedValue<Integer> value = value(Duration.ZERO);

        assertThat(value.get()).isEqualTo(1);
        assertThat(value.get()).isEqualTo(2);
        assertThat(background).isEmpty();
    }
}
