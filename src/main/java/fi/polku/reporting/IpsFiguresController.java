package fi.polku.reporting;

import fi.polku.api.FieldError;
import fi.polku.api.InvalidRequestException;
import fi.polku.security.ApiCaller;
import fi.polku.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/reports/ips-figures}: the IPS job-coaching figures of the work-activity journey,
 * beside the indicator report (whose figures are per gender over the anonymous indicator records,
 * while these are medians and shares over the journey's own records); {@code detail=} lists the
 * journeys behind a figure.
 */
@RestController
@SecurityRequirement(name = "basic")
class IpsFiguresController {

    static final String PATH = "/api/v1/reports/ips-figures";

    private final IpsFigures figures;

    IpsFiguresController(IpsFigures figures) {
        this.figures = figures;
    }

    @Operation(summary = "IPS job-coaching figures of the work-activity journeys for a period",
            description = "Managers and team leads. Days from the vocational profile to the first employer contact "
                    + "(median, journeys profiled in from..to with a contact), the share with a contact within 30 days "
                    + "(journeys profiled in the period whose 30 days are over or who were contacted in time), jobs "
                    + "started and those in the open market, the median hours per week (jobs started in the period), "
                    + "and the share still employed six months after the start (jobs whose six months were full in "
                    + "the period and whose six-month check-in was held or that ended before it). With `detail` (a "
                    + "figure id) the journeys and jobs behind that figure.")
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    public Object json(@Parameter(description = "First day, YYYY-MM-DD") @RequestParam(required = false) String from,
                       @Parameter(description = "Last day, YYYY-MM-DD") @RequestParam(required = false) String to,
                       @Parameter(description = "A figure id, e.g. employer-contact-within-30-days")
                       @RequestParam(required = false) String detail,
                       HttpServletRequest request) {
        ApiCaller.of(request).require(Role.MANAGERS, Role.TEAM_LEADS);
        List<FieldError> errors = new ArrayList<>();
        LocalDate first = IndicatorReportController.date("from", from, errors);
        LocalDate last = IndicatorReportController.date("to", to, errors);
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                errors.add(new FieldError("to", "after-from", "must not be before from"));
            } else if (last.isAfter(first.plusYears(IndicatorReportController.MAX_YEARS))) {
                errors.add(new FieldError("to", "max-period", "must be at most " + IndicatorReportController.MAX_YEARS
                        + " years after from"));
            }
        }
        IpsFigures.Figure figure = null;
        if (detail != null) {
            figure = IpsFigures.Figure.byId(detail).orElse(null);
            if (figure == null) {
                errors.add(new FieldError("detail", "enum", "must be one of " + Arrays.stream(IpsFigures.Figure.values())
                        .map(f -> f.id).collect(Collectors.joining(", "))));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return figure == null ? figures.report(first, last) : figures.detail(figure, first, last);
    }
}
