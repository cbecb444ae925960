package fi.polku.reporting;

import fi.polku.api.FieldError;
import fi.polku.api.InvalidRequestException;
import fi.polku.api.PlausibleDate;
import fi.polku.journey.JourneyType;
import fi.polku.participant.Gender;
import fi.polku.security.ApiCaller;
import fi.polku.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/reports/indicators}: the programme indicators for managers and team leads, as
 * JSON or, with {@code Accept: text/csv}, as CSV; {@code detail=} lists the journeys behind a figure.
 */
@RestController
@SecurityRequirement(name = "basic")
class IndicatorReportController {

    static final String PATH = "/api/v1/reports/indicators";
    static final String CSV = "text/csv";
    /** Longer periods are a typing mistake, and a heavy query. */
    static final int MAX_YEARS = 10;

    private final IndicatorReport report;

    public IndicatorReportController(IndicatorReport report) {
        this.report = report;
    }

    @Operation(summary = "Programme indicators of a period",
            description = "Managers and team leads. Each figure counts the participants whose event (start, leaving "
                    + "or six-month follow-up) falls within from..to, both days included, per gender. With `detail` "
                    + "(an indicator id) the journeys behind that figure, optionally of one `gender`. With `journeyType` only the "
                    + "journeys of that kind (PARTICIPANT or WORK_ACTIVITY). Also as CSV "
                    + "(`Accept: text/csv`).")
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    public Object json(@Parameter(description = "First day, YYYY-MM-DD") @RequestParam(required = false) String from,
                       @Parameter(description = "Last day, YYYY-MM-DD") @RequestParam(required = false) String to,
                       @Parameter(description = "An indicator id, e.g. leaving-employed") @RequestParam(required = false) String detail,
                       @Parameter(description = "With detail: FEMALE, MALE, NON_BINARY or UNDISCLOSED") @RequestParam(required = false) String gender,
                       @Parameter(description = "PARTICIPANT (Digitalents) or WORK_ACTIVITY; both journeys when absent")
                       @RequestParam(required = false) String journeyType,
                       HttpServletRequest request) {
        Query query = query(from, to, detail, gender, journeyType, request);
        return query.indicator == null ? report.report(query.from, query.to, query.journeyType)
                : report.detail(query.indicator, query.from, query.to, query.gender, query.journeyType);
    }

    @GetMapping(path = PATH, produces = CSV)
    public ResponseEntity<String> csv(@RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to,
                                      @RequestParam(required = false) String detail,
                                      @RequestParam(required = false) String gender,
                                      @RequestParam(required = false) String journeyType,
                                      HttpServletRequest request) {
        Query query = query(from, to, detail, gender, journeyType, request);
        String body = query.indicator == null ? IndicatorReport.csv(report.report(query.from, query.to, query.journeyType))
                : IndicatorReport.csv(report.detail(query.indicator, query.from, query.to, query.gender, query.journeyType));
        String name = "indicators-" + query.from + "-" + query.to + (query.indicator == null ? "" : "-" + detail) + ".csv";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(CSV + ";charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").body(body);
    }

    private record Query(LocalDate from, LocalDate to, Indicator indicator, Gender gender, JourneyType journeyType) {
    }

    private static Query query(String from, String to, String detail, String gender, String journeyType,
                               HttpServletRequest request) {
        ApiCaller.of(request).require(Role.MANAGERS, Role.TEAM_LEADS);
        List<FieldError> errors = new ArrayList<>();
        LocalDate first = date("from", from, errors);
        LocalDate last = date("to", to, errors);
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                errors.add(new FieldError("to", "after-from", "must not be before from"));
            } else if (last.isAfter(first.plusYears(MAX_YEARS))) {
                errors.add(new FieldError("to", "max-period", "must be at most " + MAX_YEARS + " years after from"));
            }
        }
        Indicator indicator = null;
        if (detail != null) {
            indicator = Indicator.byId(detail).orElse(null);
            if (indicator == null) {
                errors.add(new FieldError("detail", "enum", "must be one of " + Arrays.stream(Indicator.values())
                        .map(Indicator::id).collect(Collectors.joining(", "))));
            }
        }
        Gender oneGender = null;
        if (gender != null) {
            oneGender = Arrays.stream(Gender.values()).filter(g -> g.name().equals(gender)).findFirst().orElse(null);
            if (oneGender == null) {
                errors.add(new FieldError("gender", "enum", "must be one of " + Arrays.stream(Gender.values())
                        .map(Enum::name).collect(Collectors.joining(", "))));
            } else if (detail == null) {
                errors.add(new FieldError("gender", "with-detail", "is only used with detail"));
            }
        }
        JourneyType oneType = null;
        if (journeyType != null) {
            oneType = Arrays.stream(JourneyType.values()).filter(t -> t.name().equals(journeyType)).findFirst().orElse(null);
            if (oneType == null) {
                errors.add(new FieldError("journeyType", "enum", "must be one of " + Arrays.stream(JourneyType.values())
                        .map(Enum::name).collect(Collectors.joining(", "))));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new Query(first, last, indicator, oneGender, oneType);
    }

    static LocalDate date(String name, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(name, "required", "is required (YYYY-MM-DD)"));
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "format", "must be a date in the form YYYY-MM-DD"));
            return null;
        }
        if (!PlausibleDate.Validator.plausible(date)) {
            errors.add(new FieldError(name, "PlausibleDate", "must be a date from 1900-01-01 to 2100-12-31"));
            return null;
        }
        return date;
    }
}
