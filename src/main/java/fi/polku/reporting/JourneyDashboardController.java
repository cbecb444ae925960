package fi.polku.reporting;

import fi.polku.api.ApiException;
import fi.polku.api.FieldError;
import fi.polku.api.InvalidRequestException;
import fi.polku.api.PlausibleDate;
import fi.polku.journey.AccessLog;
import fi.polku.journey.JourneyCalendar;
import fi.polku.journey.JourneyType;
import fi.polku.security.ApiCaller;
import fi.polku.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data of Cockpit's "Journeys" page, for managers and team leads: with HTTP Basic like the rest
 * of the API, or with the Cockpit session the page runs in (read-only GETs).
 */
@RestController
@SecurityRequirement(name = "basic")
class JourneyDashboardController {

    public static final String PATH = "/api/v1/dashboard/journeys";

    private final JourneyDashboard dashboard;
    private final AccessLog accessLog;

    public JourneyDashboardController(JourneyDashboard dashboard, AccessLog accessLog) {
        this.dashboard = dashboard;
        this.accessLog = accessLog;
    }

    @Operation(summary = "The Journeys dashboard", description = "Managers and team leads. Participants per phase, "
            + "overdue tasks per group, the waiting list, this month's starts and leavers, the indicator report's "
            + "figures for from..to (default: this year so far) and the work-activity journeys' IPS figures for the same "
            + "period, average days per completed phase, incidents per process. With journeyType the phases, this "
            + "month, the results and the IPS figures count only journeys of that kind.")
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    public JourneyDashboard.Overview overview(@RequestParam(required = false) String from,
                                              @RequestParam(required = false) String to,
                                              @Parameter(description = "PARTICIPANT (Digitalents) or WORK_ACTIVITY; both when absent")
                                              @RequestParam(required = false) String journeyType,
                                              HttpServletRequest request) {
        allowed(request);
        LocalDate today = JourneyCalendar.today();
        LocalDate first = date("from", from, today.withDayOfYear(1));
        LocalDate last = date("to", to, today);
        if (last.isBefore(first)) {
            throw new InvalidRequestException(new FieldError("to", "after-from", "must not be before from"));
        }
        JourneyType oneType = null;
        if (journeyType != null && !journeyType.isEmpty()) {
            oneType = Arrays.stream(JourneyType.values()).filter(t -> t.name().equals(journeyType)).findFirst()
                    .orElseThrow(() -> new InvalidRequestException(new FieldError("journeyType", "enum", "must be one of "
                            + Arrays.stream(JourneyType.values()).map(Enum::name).collect(Collectors.joining(", ")))));
        }
        return dashboard.overview(first, last, oneType);
    }

    @Operation(summary = "One journey for the Journeys page", description = "Managers and team leads. Its phases with "
            + "dates, open tasks with assignee and due date, completed tasks with who completed them and when, "
            + "notifications sent; no personal data beyond the display name. For team leads also the Helsinki supplement "
            + "applications naming the journey (employer, status, dates, amount decided, case number), which managers do "
            + "not get (as in the case file). Each read is written to the access log.")
    @GetMapping(path = PATH + "/{journeyId}", produces = MediaType.APPLICATION_JSON_VALUE)
    public JourneyDashboard.JourneyView journey(@PathVariable UUID journeyId, HttpServletRequest request) {
        allowed(request);
        ApiCaller caller = ApiCaller.of(request);
        // The employer's aid for this person's job is case-file matter: team leads read it, managers
        // follow the journey without it (CasePart.SUPPLEMENT).
        boolean withSupplements = caller.isIn(Role.TEAM_LEADS);
        JourneyDashboard.JourneyView view = dashboard.journey(journeyId, withSupplements)
                .orElseThrow(() -> ApiException.notFound("No journey " + journeyId));
        accessLog.viewedJourney(caller.userId(), journeyId,
                withSupplements ? List.of("dashboard", "supplement") : List.of("dashboard"), "GET " + PATH + "/{journeyId}");
        return view;
    }

    private static void allowed(HttpServletRequest request) {
        ApiCaller.of(request).require(Role.MANAGERS, Role.TEAM_LEADS);
    }

    private static LocalDate date(String name, String value, LocalDate absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(new FieldError(name, "format", "must be a date in the form YYYY-MM-DD"));
        }
        if (!PlausibleDate.Validator.plausible(date)) {
            throw new InvalidRequestException(new FieldError(name, "PlausibleDate", "must be a date from 1900-01-01 to 2100-12-31"));
        }
        return date;
    }
}
