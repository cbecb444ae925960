package fi.polku.wagesubsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The monthly check-ins of a period whose end date changes at any point, earlier or later, as the
 * engine meets them: a timer for the next check-in, re-timed when the decision changes. Over many
 * start dates (month ends, leap days), lengths and change days, the check-ins held are exactly the
 * monthly anniversaries of the start before the end in force on each day.
 */
class PeriodScheduleTest {

    @Test
    void theCheckInsFollowEveryChangeOfTheEndDate() {
        Random random = new Random(20271204);
        List<LocalDate> starts = new ArrayList<>(List.of(LocalDate.of(2027, 1, 31), LocalDate.of(2028, 2, 29),
                LocalDate.of(2027, 8, 30), LocalDate.of(2027, 12, 31), LocalDate.of(2028, 1, 29)));
        for (int i = 0; i < 200; i++) {
            starts.add(LocalDate.of(2027, 1, 1).plusDays(random.nextInt(730)));
        }
        for (LocalDate start : starts) {
            for (int months = 1; months <= 24; months += 1 + random.nextInt(3)) {
                LocalDate end = start.plusMonths(months).minusDays(random.nextInt(3));
                LocalDate changeDay = start.plusDays(random.nextInt((int) (end.toEpochDay() - start.toEpochDay()) + 1));
                LocalDate newEnd = start.plusMonths(1 + random.nextInt(24)).plusDays(random.nextInt(5));
                assertThat(simulate(start, end, changeDay, newEnd))
                        .as("start %s, end %s, changed on %s to %s", start, end, changeDay, newEnd)
                        .isEqualTo(expected(start, end, changeDay, newEnd));
            }
        }
    }

    @Test
    void theCaseFoundInReview() {
        LocalDate start = LocalDate.of(2027, 1, 4);
        assertThat(simulate(start, LocalDate.of(2027, 9, 3), LocalDate.of(2027, 8, 10), LocalDate.of(2027, 12, 3)))
                .endsWith(LocalDate.of(2027, 8, 4), LocalDate.of(2027, 9, 4), LocalDate.of(2027, 10, 4),
                        LocalDate.of(2027, 11, 4)).hasSize(10);
    }

    @Test
    void aScheduleStartedLateSkipsTheMissedCheckIns() {
        LocalDate start = LocalDate.of(2027, 1, 4);
        assertThat(PeriodSchedule.nextCheckIn(start, LocalDate.of(2027, 9, 3), null, LocalDate.of(2027, 3, 20)))
                .contains(LocalDate.of(2027, 4, 4));
        assertThat(PeriodSchedule.nextCheckIn(start, LocalDate.of(2027, 9, 3), null, LocalDate.of(2027, 4, 4)))
                .as("due today").contains(LocalDate.of(2027, 4, 4));
        assertThat(PeriodSchedule.nextCheckIn(start, LocalDate.of(2027, 9, 3), LocalDate.of(2027, 8, 4),
                LocalDate.of(2027, 8, 4))).isEmpty();
    }

    /** Day by day: the timer fires on its date; on the change day the end moves and the timer is re-timed. */
    private static List<LocalDate> simulate(LocalDate start, LocalDate end, LocalDate changeDay, LocalDate newEnd) {
        List<LocalDate> held = new ArrayList<>();
        LocalDate last = null;
        LocalDate currentEnd = end;
        Optional<LocalDate> timer = PeriodSchedule.nextCheckIn(start, currentEnd, null, start);
        LocalDate lastDay = end.isAfter(newEnd) ? end : newEnd;
        for (LocalDate today = start; !today.isAfter(lastDay); today = today.plusDays(1)) {
            if (today.equals(changeDay)) {
                currentEnd = newEnd;
                timer = PeriodSchedule.nextCheckIn(start, currentEnd, last, today);
            }
            if (!today.isBefore(currentEnd)) {
                break; // the period's end terminates it
            }
            if (timer.isPresent() && timer.get().equals(today)) {
                held.add(today);
                last = today;
                timer = PeriodSchedule.nextCheckIn(start, currentEnd, last, today);
            }
        }
        return held;
    }

    /** The anniversaries before the change under the old end, and from the change day on under the new one. */
    private static List<LocalDate> expected(LocalDate start, LocalDate end, LocalDate changeDay, LocalDate newEnd) {
        List<LocalDate> dates = new ArrayList<>();
        for (int month = 1; month <= 30; month++) {
            LocalDate date = start.plusMonths(month);
            boolean beforeChange = date.isBefore(changeDay);
            if (beforeChange ? date.isBefore(end) : date.isBefore(newEnd)) {
                dates.add(date);
            }
        }
        return dates;
    }
}
