package fi.polku.assessment;

import static org.camunda.bpm.engine.variable.Variables.integerValue;
import static org.camunda.bpm.engine.variable.Variables.stringValue;

import fi.polku.journey.DecisionTaskListener;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * "Decide support plan", the business-rule task calling DMN {@code support-plan} on the stored CREAR
 * well-being and support-need level. Only the answer, whether a well-being check comes first,
 * becomes a process variable.
 */
@Component("decideSupportPlan")
class DecideSupportPlanListener extends DecisionTaskListener {

    static final String DECISION = "support-plan";
    static final String RESULT = "supportPlanResult";

    private final AssessmentRecords records;

    DecideSupportPlanListener(AssessmentRecords records) {
        super(DECISION, RESULT);
        this.records = records;
    }

    @Override
    protected VariableMap facts(UUID journeyId) {
        Map<String, Object> facts = records.supportPlanFacts(journeyId);
        return Variables.createVariables()
                .putValueTyped("crearWellbeing", integerValue(((Number) facts.get("crear_wellbeing")).intValue(), true))
                .putValueTyped("supportNeedLevel", stringValue((String) facts.get("support_need_level"), true));
    }

    @Override
    protected void record(DelegateExecution execution, UUID journeyId, Map<String, Object> plan) {
        boolean checkNeeded = (Boolean) plan.get("wellbeingCheckNeeded");
        records.recordSupportPlan(journeyId, checkNeeded, (String) plan.get("reason"));
        execution.setVariable("wellbeingCheckNeeded", checkNeeded);
    }
}
