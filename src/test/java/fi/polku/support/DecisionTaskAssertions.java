package fi.polku.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * What a process test checks of a business-rule task: the decision is in the instance's history,
 * taken at that task, and the facts handed to it are nowhere among the instance's variables.
 */
public final class DecisionTaskAssertions {

    private DecisionTaskAssertions() {
    }

    /** The one evaluation of {@code decisionKey} in the instance, with its inputs and outputs. */
    public static HistoricDecisionInstance decisionTaken(ProcessInstance instance, String activityId, String decisionKey) {
        HistoricDecisionInstance decision = historyService().createHistoricDecisionInstanceQuery()
                .processInstanceId(instance.getId()).decisionDefinitionKey(decisionKey).includeInputs().includeOutputs()
                .singleResult();
        assertThat(decision).as("decision %s in the history of the instance", decisionKey).isNotNull();
        assertThat(decision.getActivityId()).isEqualTo(activityId);
        return decision;
    }

    /**
     * Neither a variable of the instance nor in the variables' history (instances and updates): the
     * facts were transient. (The engine's own transient copy of the result, {@code decisionResult}, neither.)
     */
    public static void neverStored(ProcessInstance instance, String... names) {
        List<String> notStored = new ArrayList<>(List.of(names));
        notStored.add("decisionResult");
        assertThat(runtimeService().createVariableInstanceQuery().processInstanceIdIn(instance.getId()).list())
                .extracting(VariableInstance::getName).doesNotContainAnyElementsOf(notStored);
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .includeDeleted().list()).extracting(HistoricVariableInstance::getName).doesNotContainAnyElementsOf(notStored);
        assertThat(historyService().createHistoricDetailQuery().processInstanceId(instance.getId()).variableUpdates().list())
                .extracting(detail -> ((HistoricVariableUpdate) detail).getVariableName())
                .doesNotContainAnyElementsOf(notStored);
    }
}
