package fi.polku.wagesubsidy;

import fi.polku.api.PlausibleDate;
import fi.polku.journey.JourneyEventHandler;
import fi.polku.journey.JourneyEventType;
import fi.polku.period.WageSubsidyRecords;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@code EMPLOYMENT_FOUND}: the participant found a job; the period ends early. */
@Component
class EmploymentFoundHandler implements JourneyEventHandler<EmploymentFoundHandler.EmploymentFound> {

    public enum ContractType { PERMANENT, FIXED_TERM, APPRENTICESHIP, SELF_EMPLOYED }

    public record EmploymentFound(@NotBlank @Size(max = 200) String employer, @NotNull @PlausibleDate LocalDate startDate,
                                  @NotNull ContractType contractType) {
    }

    private final WageSubsidyRecords records;

    public EmploymentFoundHandler(WageSubsidyRecords records) {
        this.records = records;
    }

    @Override
    public JourneyEventType type() {
        return JourneyEventType.EMPLOYMENT_FOUND;
    }

    @Override
    public Class<EmploymentFound> dataType() {
        return EmploymentFound.class;
    }

    @Override
    public Map<String, Object> accept(UUID journeyId, EmploymentFound data, String receivedBy) {
        records.saveExit(journeyId, new WageSubsidyRecords.Exit("EMPLOYMENT_FOUND", data.employer(), data.startDate(),
                data.contractType().name(), null, null), receivedBy);
        return Map.of();
    }
}
