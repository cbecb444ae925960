package fi.polku.workactivity;

import fi.polku.journey.JourneyCalendar;
import fi.polku.tasklist.FormValues;
import java.time.LocalDate;

/** The dates the work-activity forms take: what happened cannot have happened after today. */
final class WorkActivityDates {

    private WorkActivityDates() {
    }

    static LocalDate notAhead(FormValues form, String name) {
        LocalDate date = form.requiredDate(name);
        if (date.isAfter(JourneyCalendar.today())) {
            throw FormValues.invalid(name, "must not be after today");
        }
        return date;
    }

    static LocalDate ahead(FormValues form, String name) {
        LocalDate date = form.requiredDate(name);
        if (!date.isAfter(JourneyCalendar.today())) {
            throw FormValues.invalid(name, "must be after today");
        }
        return date;
    }
}
