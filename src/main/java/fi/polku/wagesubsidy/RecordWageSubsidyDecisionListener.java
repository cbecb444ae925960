package fi.polku.wagesubsidy;

import fi.polku.api.FieldError;
import fi.polku.journey.JourneyProcess;
import fi.polku.period.WageSubsidyDecision;
import fi.polku.period.WageSubsidyRecords;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completes "Record wage-subsidy decision" in Tasklist with the same rules as the event
 * {@code WAGE_SUBSIDY_DECIDED}; only whether it was granted stays a process variable.
 */
@Component("recordWageSubsidyDecision")
public class RecordWageSubsidyDecisionListener extends CompletedTaskListener {

    public static final String SUBSIDY_GRANTED = "subsidyGranted";
    static final Set<String> DECISIONS = Set.of("GRANTED", "NOT_GRANTED");
    static final Set<String> FUNDING = Set.of("PAY_SUBSIDY", "CITY_FUNDING");

    private final WageSubsidyRecords records;
    private final WageSubsidyProperties properties;

    public RecordWageSubsidyDecisionListener(WageSubsidyRecords records, WageSubsidyProperties properties,
                                             IdentityService identityService) {
        super(identityService);
        this.records = records;
        this.properties = properties;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        boolean granted = "GRANTED".equals(form.requiredChoice("subsidyDecision", DECISIONS));
        WageSubsidyDecision decision = new WageSubsidyDecision(form.requiredText("decisionNumber", 50), granted,
                granted ? WageSubsidyDecision.Funding.valueOf(form.requiredChoice("funding", FUNDING)) : null,
                granted ? form.requiredInt("subsidyPercent", 0, 100) : null,
                granted ? form.requiredDate("subsidyStart") : null,
                granted ? form.requiredDate("subsidyEnd") : null);
        List<FieldError> broken = decision.ruleViolations(properties.maxMonths());
        if (!broken.isEmpty()) {
            FieldError first = broken.get(0);
            String field = "endDate".equals(first.field()) ? "subsidyEnd" : first.field();
            throw FormValues.invalid(field, first.message().replace("startDate", "the start date"));
        }
        records.saveDecision(JourneyProcess.journeyId(execution), decision, "TASKLIST", completedBy);
        execution.setVariable(SUBSIDY_GRANTED, granted);
        form.discard("decisionNumber", "subsidyDecision", "funding", "subsidyPercent", "subsidyStart", "subsidyEnd");
    }
}
