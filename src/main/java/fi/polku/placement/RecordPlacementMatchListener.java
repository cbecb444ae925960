package fi.polku.placement;

import fi.polku.journey.JourneyProcess;
import fi.polku.period.WageSubsidyDecision;
import fi.polku.period.WageSubsidyRecords;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completes "Match with partner company": an active company of the register, the role, the
 * company's supervisor, and dates within the subsidised period. Only the attempt's number stays a
 * variable.
 */
@Component("recordPlacementMatch")
class RecordPlacementMatchListener extends CompletedTaskListener {

    public static final String ATTEMPT = "placementAttempt";

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final PartnerCompanyRegister register;
    private final WageSubsidyRecords wageSubsidy;
    private final PlacementRecords records;

    public RecordPlacementMatchListener(PartnerCompanyRegister register, WageSubsidyRecords wageSubsidy,
                                        PlacementRecords records, IdentityService identityService) {
        super(identityService);
        this.register = register;
        this.wageSubsidy = wageSubsidy;
        this.records = records;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        UUID journeyId = JourneyProcess.journeyId(execution);
        PartnerCompany company = activeCompany(form.requiredText("partnerCompany", 36));
        String supervisorEmail = form.optionalText("supervisorEmail", 254);
        if (supervisorEmail != null && !EMAIL.matcher(supervisorEmail).matches()) {
            throw FormValues.invalid("supervisorEmail", "must be an e-mail address");
        }
        LocalDate start = form.requiredDate("placementStart");
        LocalDate end = form.requiredDate("placementEnd");
        if (!end.isAfter(start)) {
            throw FormValues.invalid("placementEnd", "must be after the start date " + start);
        }
        WageSubsidyDecision period = wageSubsidy.decision(journeyId).filter(WageSubsidyDecision::granted)
                .orElseThrow(() -> new IllegalStateException("No wage-subsidy period for journey " + journeyId));
        if (start.isBefore(period.startDate()) || end.isAfter(period.endDate())) {
            throw FormValues.invalid(start.isBefore(period.startDate()) ? "placementStart" : "placementEnd",
                    "must fall within the subsidised period " + period.startDate() + " – " + period.endDate());
        }
        int attempt = records.addMatch(journeyId, new PlacementRecords.NewMatch(company.id(),
                form.requiredText("placementRole", 200), form.requiredText("supervisorName", 200),
                supervisorEmail, start, end), completedBy);
        execution.setVariable(ATTEMPT, attempt);
        form.discard("partnerCompany", "placementRole", "supervisorName", "supervisorEmail", "placementStart",
                "placementEnd");
    }

    private PartnerCompany activeCompany(String id) {
        Optional<PartnerCompany> company;
        try {
            company = register.find(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            company = Optional.empty();
        }
        return company.filter(PartnerCompany::active).orElseThrow(() -> FormValues.invalid("partnerCompany",
                "must be an active company of the partner-company register"));
    }
}
