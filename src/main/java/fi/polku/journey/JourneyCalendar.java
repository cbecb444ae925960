package fi.polku.journey;

import fi.polku.engine.EngineClock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

/** The journey's calendar: days in Helsinki, on the engine's clock (which process tests move). */
public final class JourneyCalendar {

    public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    /** The journey's timers fire at the start of the working day. */
    static final LocalTime MORNING = LocalTime.of(8, 0);

    private JourneyCalendar() {
    }

    public static LocalDate today() {
        return EngineClock.now().atZone(HELSINKI).toLocalDate();
    }

    /** The morning of the day in Helsinki: when a timer due that day fires. */
    public static Date morningOf(LocalDate day) {
        return Date.from(day.atTime(MORNING).atZone(HELSINKI).toInstant());
    }
}
