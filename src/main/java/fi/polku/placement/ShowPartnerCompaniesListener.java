package fi.polku.placement;

import fi.polku.journey.JourneyProcess;
import fi.polku.participant.PersonalDataVariables;
import fi.polku.period.WageSubsidyRecords;
import fi.polku.tasklist.TaskSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Match with partner company": offers the register's active companies as the form's options
 * ({@code valuesKey: partnerCompanies}) and shows the subsidised period the dates must fall in.
 * Runs when the task is created and again when it is claimed, so a company registered meanwhile
 * is offered too.
 */
@Component("showPartnerCompanies")
public class ShowPartnerCompaniesListener implements TaskListener {

    private final PartnerCompanyRegister register;
    private final WageSubsidyRecords wageSubsidy;
    private final PlacementRecords placements;
    private final TaskSummary taskSummary;

    public ShowPartnerCompaniesListener(PartnerCompanyRegister register, WageSubsidyRecords wageSubsidy,
                                        PlacementRecords placements, TaskSummary taskSummary) {
        this.register = register;
        this.wageSubsidy = wageSubsidy;
        this.placements = placements;
        this.taskSummary = taskSummary;
    }

    @Override
    public void notify(DelegateTask task) {
        List<Map<String, String>> options = register.active().stream()
                .map(company -> Map.of("value", company.id().toString(), "label", label(company))).toList();
        taskSummary.show(task, PersonalDataVariables.PARTNER_COMPANIES, options);

        UUID journeyId = JourneyProcess.journeyId(task);
        Map<String, Object> match = new LinkedHashMap<>();
        wageSubsidy.decision(journeyId).ifPresent(decision -> {
            match.put("periodStart", decision.startDate());
            match.put("periodEnd", decision.endDate());
        });
        match.put("attempt", placements.current(journeyId).map(p -> p.attempt() + 1).orElse(1));
        match.put("companies", options.size());
        taskSummary.show(task, PersonalDataVariables.PLACEMENT_SUMMARY, match);
    }

    private static String label(PartnerCompany company) {
        String skills = company.skills().isEmpty() ? "" : " — " + String.join(", ", company.skills());
        return company.name() + " (" + company.businessId() + ")" + skills;
    }
}
