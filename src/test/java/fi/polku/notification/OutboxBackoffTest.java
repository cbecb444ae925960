package fi.polku.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A failing target is not hammered: the wait doubles from the first retry delay up to the cap. */
class OutboxBackoffTest {

    @Test
    void theWaitBetweenAttemptsDoublesUpToTheCap() {
        NotificationProperties defaults = new NotificationProperties(Duration.ofSeconds(5), 50, 8,
                Duration.ofSeconds(30), Duration.ofHours(1), LogTarget.NAME, List.of());
        OutboxDispatcher dispatcher = new OutboxDispatcher(null, null, defaults, null, new SimpleMeterRegistry());

        assertThat(IntStream.rangeClosed(1, 9).mapToObj(dispatcher::backoff).map(Duration::toSeconds))
                .containsExactly(30L, 60L, 120L, 240L, 480L, 960L, 1920L, 3600L, 3600L);
    }
}
