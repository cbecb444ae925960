package fi.polku.assessment;

import fi.polku.journey.Decisions;
import fi.polku.journey.JourneyProcess;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * "Decide support plan": DMN {@code support-plan} on the stored CREAR well-being and support-need
 * level. Only the answer, whether a well-being check comes first, becomes a process variable.
 */
@Component("decideSupportPlan")
public class DecideSupportPlanDelegate implements JavaDelegate {

    public static final String DECISION = "support-plan";

    private final AssessmentRecords records;
    private final DecisionService decisionService;

    public DecideSupportPlanDelegate(AssessmentRecords records, DecisionService decisionService) {
        this.records = records;
        this.decisionService = decisionService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID journeyId = JourneyProcess.journeyId(execution);
        Map<String, Object> facts = records.supportPlanFacts(journeyId);
        DmnDecisionResultEntries plan = Decisions.singleResult(decisionService.evaluateDecisionByKey(DECISION)
                .variables(Variables.createVariables()
                        .putValue("crearWellbeing", ((Number) facts.get("crear_wellbeing")).intValue())
                        .putValue("supportNeedLevel", facts.get("support_need_level")))
                .evaluate(), DECISION, journeyId);
        boolean checkNeeded = plan.getEntry("wellbeingCheckNeeded");
        records.recordSupportPlan(journeyId, checkNeeded, plan.getEntry("reason"));
        execution.setVariable("wellbeingCheckNeeded", checkNeeded);
    }
}
