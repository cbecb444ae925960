package fi.polku.engine;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock. Timers and task due dates follow it, and process tests move it; Polku's own
 * dates (today in Helsinki, overdue tasks) must follow the same clock or tests and timers disagree.
 * The public API has no reader of it, and no setter: the demo profile's seeding moves it to walk
 * its journeys through dates in the past ({@link #moveTo}, {@link #reset}).
 */
public final class EngineClock {

    private EngineClock() {
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /**
     * Moves the clock of every engine in this JVM to the moment. Only while no job executor acquires
     * jobs and no request is served: everything the engine writes meanwhile carries this time.
     */
    public static void moveTo(Instant moment) {
        ClockUtil.setCurrentTime(Date.from(moment));
    }

    /** Back to the real time. */
    public static void reset() {
        ClockUtil.reset();
    }
}
