package fi.polku.engine;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock. Timers and task due dates follow it, and process tests move it; Polku's own
 * dates (today in Helsinki, overdue tasks) must follow the same clock or tests and timers disagree.
 * The public API has no reader of it.
 */
public final class EngineClock {

    private EngineClock() {
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
