package fi.polku.wagesubsidy;

import fi.polku.journey.JourneyCalendar;
import fi.polku.journey.JourneyProcess;
import fi.polku.period.WageSubsidyDecision;
import fi.polku.period.WageSubsidyRecords;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The dates of a wage-subsidy period, computed from its recorded decision every time they are
 * needed, so a changed decision moves every meeting still to come. The models call it from timer
 * definitions ({@code ${periodSchedule.midpoint(execution)}}).
 *
 * <ul>
 *   <li>second pathway-studies meeting: 2 weeks in, due 3 weeks in;</li>
 *   <li>monthly check-ins on each monthly anniversary of the start before the end date: the next one
 *       is the first anniversary after the last check-in held and not before today, so a decision
 *       recorded late does not bring several overdue check-ins at once, and an extension recorded
 *       after the last one brings the check-ins of the added months. With none left before the end,
 *       the loop waits until a day after the end date (the period ends first; an extension moves it
 *       back);</li>
 *   <li>midpoint review: half-way between start and end;</li>
 *   <li>trainee hand-over: two months before the end date, and never before the midpoint review has
 *       answered "ready" (in a period under four months the hand-over follows the review at once).</li>
 * </ul>
 */
@Component("periodSchedule")
public class PeriodSchedule {

    /** Counts the check-ins so far; the loop of the model keeps it. */
    public static final String CHECK_IN_NUMBER = "checkInNumber";
    /** The date the waiting check-in timer stands for (ISO date; absent while none is left before the end). */
    static final String SCHEDULED_CHECK_IN = "scheduledCheckIn";
    /** The date of the last check-in that became due (ISO date). */
    static final String LAST_CHECK_IN = "lastCheckIn";

    private final WageSubsidyRecords records;

    public PeriodSchedule(WageSubsidyRecords records) {
        this.records = records;
    }

    public Date secondPathwayMeeting(DelegateExecution execution) {
        return JourneyCalendar.morningOf(start(execution).plusWeeks(2));
    }

    public Date secondPathwayMeetingDue(DelegateExecution execution) {
        return JourneyCalendar.morningOf(start(execution).plusWeeks(3));
    }

    /**
     * The date of the next monthly check-in's timer (the model's timer expression, evaluated when the
     * timer is created and again when the period is re-timed); remembers which check-in it stands for.
     */
    public Date scheduleNextCheckIn(DelegateExecution execution) {
        WageSubsidyDecision decision = decision(execution);
        Optional<LocalDate> next = nextCheckIn(decision.startDate(), decision.endDate(), lastCheckIn(execution),
                JourneyCalendar.today());
        execution.setVariable(SCHEDULED_CHECK_IN, next.map(LocalDate::toString).orElse(null));
        return JourneyCalendar.morningOf(next.orElse(decision.endDate().plusDays(1)));
    }

    /**
     * The first monthly anniversary of {@code start} that is before {@code end}, after the last
     * check-in held (if any) and not before {@code today}; empty when there is none.
     */
    static Optional<LocalDate> nextCheckIn(LocalDate start, LocalDate end, LocalDate lastCheckIn, LocalDate today) {
        for (int month = 1; ; month++) {
            LocalDate date = start.plusMonths(month);
            if (!date.isBefore(end)) {
                return Optional.empty();
            }
            if ((lastCheckIn == null || date.isAfter(lastCheckIn)) && !date.isBefore(today)) {
                return Optional.of(date);
            }
        }
    }

    /** Called as a check-in becomes due (the timer fired, not cancelled): counts it and remembers its date. */
    public void countCheckIn(DelegateExecution execution) {
        execution.setVariable(CHECK_IN_NUMBER, checkInsSoFar(execution) + 1);
        Object scheduled = execution.getVariable(SCHEDULED_CHECK_IN);
        execution.setVariable(LAST_CHECK_IN, scheduled == null ? JourneyCalendar.today().toString() : scheduled);
    }

    public Date midpoint(DelegateExecution execution) {
        WageSubsidyDecision decision = decision(execution);
        long days = ChronoUnit.DAYS.between(decision.startDate(), decision.endDate());
        return JourneyCalendar.morningOf(decision.startDate().plusDays(days / 2));
    }

    public Date traineeHandOver(DelegateExecution execution) {
        return JourneyCalendar.morningOf(decision(execution).endDate().minusMonths(2));
    }

    public Date periodEnd(DelegateExecution execution) {
        return JourneyCalendar.morningOf(decision(execution).endDate());
    }

    private static LocalDate lastCheckIn(DelegateExecution execution) {
        Object last = execution.getVariable(LAST_CHECK_IN);
        return last == null ? null : LocalDate.parse(last.toString());
    }

    private static int checkInsSoFar(DelegateExecution execution) {
        Object count = execution.getVariable(CHECK_IN_NUMBER);
        return count == null ? 0 : ((Number) count).intValue();
    }

    private LocalDate start(DelegateExecution execution) {
        return decision(execution).startDate();
    }

    private WageSubsidyDecision decision(DelegateExecution execution) {
        return records.decision(JourneyProcess.journeyId(execution))
                .filter(d -> Boolean.TRUE.equals(d.granted()))
                .orElseThrow(() -> new IllegalStateException("No granted wage-subsidy decision for journey "
                        + JourneyProcess.journeyId(execution)));
    }
}
