package fi.polku.supplement;

import fi.polku.api.FieldError;
import fi.polku.api.InvalidRequestException;
import fi.polku.api.PlausibleDate;
import fi.polku.security.ApiCaller;
import fi.polku.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The city's payment file of the Helsinki supplement for a day, as CSV (layout in the README,
 * "Employer side"). Every instalment due by that day lands in exactly one day's file; asking again
 * for the same day gives the same file.
 */
@RestController
@RequestMapping(path = "/api/v1/supplement-payments")
@SecurityRequirement(name = "basic")
class SupplementPaymentExportController {

    static final String CSV = "text/csv";
    static final String HEADER = "instalment_id;application_id;instalment_number;case_number;business_id;employer_name;"
            + "iban;amount_eur;due_on;payment_date";

    private final SupplementPayments payments;

    SupplementPaymentExportController(SupplementPayments payments) {
        this.payments = payments;
    }

    @Operation(summary = "The supplement payment file of a day", description = "Integrations (the city's payment "
            + "system) and supplement handlers. CSV, semicolon-separated, UTF-8, one row per instalment: each instalment "
            + "due by the date and in no earlier file is put in this day's file, once; the same date again gives the "
            + "same rows, also when asked at the same moment. An exported row is never changed.")
    @ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = CSV,
            schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "A missing or bad date")
    @GetMapping(path = "/export", produces = CSV)
    @Transactional
    public ResponseEntity<String> export(@Parameter(description = "The payment date, YYYY-MM-DD")
                                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                         HttpServletRequest request) {
        ApiCaller.of(request).require(Role.INTEGRATIONS, Role.SUPPLEMENT_HANDLERS);
        if (!PlausibleDate.Validator.plausible(date)) {
            throw new InvalidRequestException(new FieldError("date", "PlausibleDate",
                    "must be a date from " + PlausibleDate.EARLIEST + " to " + PlausibleDate.LATEST));
        }
        List<SupplementPayments.ExportRow> rows = payments.export(date);
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (SupplementPayments.ExportRow row : rows) {
            csv.append(row.instalmentId()).append(';').append(row.applicationId()).append(';').append(row.number())
                    .append(';').append(field(row.caseNumber())).append(';').append(row.businessId()).append(';')
                    .append(field(row.employerName())).append(';').append(row.iban()).append(';')
                    .append(row.amountEur().toPlainString()).append(';').append(row.dueOn()).append(';')
                    .append(row.exportedOn()).append("\r\n");
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(CSV + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"supplement-payments-" + date + ".csv\"")
                .body(csv.toString());
    }

    /** A text field quoted as RFC 4180 says, and never read as a formula by a spreadsheet. */
    static String field(String text) {
        if (text == null) {
            return "";
        }
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
