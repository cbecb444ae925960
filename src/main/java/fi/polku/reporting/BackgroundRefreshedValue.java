package fi.polku.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A figure that is dear to compute and changes slowly. The first use computes it; it then serves
 * for {@code maxAge}; the first use after that still gets it at once, and starts one computation on
 * {@code executor} whose result serves the uses after it. So only the very first caller waits.
 * A failed recomputation is logged, the last figure stays, and the next use tries again. With
 * {@code maxAge} zero, every use computes the figure itself.
 */
final class BackgroundRefreshedValue<T> {

    private static final Logger log = LoggerFactory.getLogger(BackgroundRefreshedValue.class);

    private record Computed<T>(T value, Instant at) {
    }

    private final String name;
    private final Supplier<T> computation;
    private final Duration maxAge;
    private final InstantSource clock;
    private final Executor executor;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Computed<T> last;

    BackgroundRefreshedValue(String name, Supplier<T> computation, Duration maxAge, InstantSource clock, Executor executor) {
        this.name = name;
        this.computation = computation;
        this.maxAge = maxAge;
        this.clock = clock;
        this.executor = executor;
    }

    T get() {
        Computed<T> current = last;
        if (current == null || maxAge.isZero()) {
            return compute();
        }
        if (!clock.instant().isBefore(current.at().plus(maxAge)) && refreshing.compareAndSet(false, true)) {
            try {
                executor.execute(this::refresh);
            } catch (RejectedExecutionException shuttingDown) {
                refreshing.set(false);
            }
        }
        return current.value();
    }

    private void refresh() {
        try {
            compute();
        } catch (RuntimeException e) {
            log.warn("Could not compute the {} again; the last figures stay until the next try", name, e);
        } finally {
            refreshing.set(false);
        }
    }

    private T compute() {
        Instant at = clock.instant();
        T value = computation.get();
        last = new Computed<>(value, at);
        return value;
    }
}
