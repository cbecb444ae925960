package fi.polku.period;

import fi.polku.api.FieldError;
import fi.polku.api.PlausibleDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A wage-subsidy decision, as the team lead records it in Tasklist or the employment services send
 * it ({@code WAGE_SUBSIDY_DECIDED}). Field rules are Bean Validation; {@link #ruleViolations(int)}
 * checks the rules between fields.
 */
public record WageSubsidyDecision(
        @NotBlank @Size(max = 50) String decisionNumber,
        @NotNull Boolean granted,
        Funding funding,
        @Min(0) @Max(100) Integer subsidyPercent,
        @PlausibleDate LocalDate startDate,
        @PlausibleDate LocalDate endDate) {

    /** Pay subsidy from the employment authority, or the city's own funding. */
    public enum Funding { PAY_SUBSIDY, CITY_FUNDING }

    /** @param maxMonths the longest period a decision may cover (configured: {@code polku.wage-subsidy.max-months}) */
    public List<FieldError> ruleViolations(int maxMonths) {
        List<FieldError> errors = new ArrayList<>();
        if (!Boolean.TRUE.equals(granted)) {
            return errors;
        }
        if (funding == null) {
            errors.add(new FieldError("funding", "NotNull", "is required when the subsidy is granted"));
        }
        if (subsidyPercent == null) {
            errors.add(new FieldError("subsidyPercent", "NotNull", "is required when the subsidy is granted"));
        }
        if (startDate == null) {
            errors.add(new FieldError("startDate", "NotNull", "is required when the subsidy is granted"));
        }
        if (endDate == null) {
            errors.add(new FieldError("endDate", "NotNull", "is required when the subsidy is granted"));
        }
        if (startDate != null && endDate != null) {
            if (!endDate.isAfter(startDate)) {
                errors.add(new FieldError("endDate", "after-start", "must be after startDate"));
            } else if (endDate.isAfter(startDate.plusMonths(maxMonths))) {
                errors.add(new FieldError("endDate", "max-duration", "must be at most " + maxMonths
                        + " months after startDate"));
            }
        }
        return errors;
    }
}
