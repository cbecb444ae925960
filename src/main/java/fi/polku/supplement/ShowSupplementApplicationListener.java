package fi.polku.supplement;

import fi.polku.tasklist.TaskSummary;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Shows the application on the handlers' tasks as the task-local {@code application}: the employer,
 * the employment, what the decision tables gave and, once prepared, the decision and its preparer.
 * The employee's name and birth date are not on it (the handler needs neither to decide). Codes and
 * flags (eligible, de minimis capped, the prepared decision) are there for the forms' conditions,
 * which show a sentence in the reader's language for each, never the code.
 */
@Component("showSupplementApplication")
class ShowSupplementApplicationListener implements TaskListener {

    static final String SUMMARY = "application";

    private final SupplementApplicationRecords records;
    private final TaskSummary taskSummary;

    ShowSupplementApplicationListener(SupplementApplicationRecords records, TaskSummary taskSummary) {
        this.records = records;
        this.taskSummary = taskSummary;
    }

    @Override
    public void notify(DelegateTask task) {
        UUID id = SupplementProcess.applicationId(task);
        SupplementApplicationRecords.Facts facts = records.facts(id);
        SupplementApplicationRecords.Handling handling = records.handling(id);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("employer", facts.employerName());
        summary.put("businessId", facts.businessId());
        summary.put("jobTitle", facts.jobTitle());
        summary.put("employmentStart", facts.employmentStart());
        summary.put("employmentEnd", facts.employmentEnd());
        summary.put("hoursPerWeek", facts.hoursPerWeek());
        summary.put("monthlyPayEur", facts.monthlyPayEur());
        summary.put("paySubsidised", facts.paySubsidised());
        summary.put("periodStart", facts.periodStart());
        summary.put("periodEnd", facts.periodEnd());
        summary.put("deMinimisTotalEur", facts.deMinimisTotal());
        summary.put("eligible", handling.eligible());
        summary.put("computedMonthlyEur", handling.computedMonthlyEur());
        summary.put("computedMonths", handling.computedMonths());
        summary.put("computedTotalEur", handling.computedTotalEur());
        summary.put("deMinimisCapped", handling.deMinimisCapped());
        summary.put("decision", handling.decision());
        summary.put("decisionMonthlyEur", handling.decisionMonthlyEur());
        summary.put("decisionMonths", handling.decisionMonths());
        summary.put("decisionTotalEur", handling.decisionTotalEur());
        summary.put("decisionText", handling.decisionText());
        summary.put("preparedBy", handling.preparedBy());
        taskSummary.show(task, SUMMARY, summary);
    }
}
