package fi.polku.wagesubsidy;

import fi.polku.journey.JourneyCalendar;
import fi.polku.journey.JourneyProcess;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The dates of a wage-subsidy period, computed from its recorded decision every time they are
 * needed, so a changed decision moves every meeting still to come. The models call it from timer
 * definitions ({@code ${periodSchedule.midpoint(execution)}}).
 *
 * <ul>
 *   <li>second pathway-studies meeting: 2 weeks in, due 3 weeks in;</li>
 *   <li>monthly check-in n: n months after the start, while before the end date;</li>
 *   <li>midpoint review: half-way between start and end;</li>
 *   <li>trainee hand-over: two months before the end date.</li>
 * </ul>
 */
@Component("periodSchedule")
public class PeriodSchedule {

    /** Counts the check-ins so far; the loop of the model keeps it. */
    public static final String CHECK_IN_NUMBER = "checkInNumber";

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

    /** The next monthly check-in after the ones counted so far. */
    public Date nextCheckIn(DelegateExecution execution) {
        return JourneyCalendar.morningOf(checkInDate(execution, checkInsSoFar(execution) + 1));
    }

    public boolean hasNextCheckIn(DelegateExecution execution) {
        return checkInDate(execution, checkInsSoFar(execution) + 1).isBefore(decision(execution).endDate());
    }

    /** Called as a check-in becomes due: counts it. */
    public void countCheckIn(DelegateExecution execution) {
        execution.setVariable(CHECK_IN_NUMBER, checkInsSoFar(execution) + 1);
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

    private LocalDate checkInDate(DelegateExecution execution, int number) {
        return start(execution).plusMonths(number);
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
