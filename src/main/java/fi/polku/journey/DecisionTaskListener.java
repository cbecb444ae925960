package fi.polku.journey;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The Java side of a business-rule task that calls a decision table, as the task's {@code start}
 * and {@code end} execution listener. The model calls the table ({@code camunda:decisionRef},
 * {@code camunda:mapDecisionResult="singleResult"}, {@code camunda:resultVariable}), so Cockpit and
 * the history show where each decision is taken; this listener only brings the facts and takes the
 * result away.
 * <p>
 * On start it hands the table the journey's facts from the domain database as transient variables
 * of the step: the table reads them, but they are never stored as process variables nor written to
 * the variables' history (they are personal data). On end it takes the result variable off the
 * instance (recorded in the domain tables instead; {@link DecisionResultVariables} keeps it out of the
 * history), drops the facts so no later step of the same transaction sees them, fails the step with
 * {@link Decisions#singleResult} if no rule matched, and lets the subclass record the result and set
 * the variables that route the flow. The tasks run in jobs (asynchronous continuations) with
 * retries, so a failure here is retried and then stands in Cockpit as an incident.
 * <p>
 * Journeys still running on the versions of the models deployed before the decisions became
 * business-rule tasks of their own call the same bean as the task's delegate
 * ({@code camunda:delegateExpression}): {@link #execute} takes the same decision on the same facts
 * and records it alike, so those journeys go on until they end or are migrated to the current
 * version. Remove it once no instance of those versions runs.
 */
public abstract class DecisionTaskListener implements ExecutionListener, JavaDelegate {

    private final String decisionKey;
    private final String resultVariable;

    /** {@code resultVariable} is the task's {@code camunda:resultVariable}. */
    protected DecisionTaskListener(String decisionKey, String resultVariable) {
        this.decisionKey = decisionKey;
        this.resultVariable = resultVariable;
    }

    @Override
    public final void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        UUID journeyId = JourneyProcess.journeyId(execution);
        switch (execution.getEventName()) {
            case EVENTNAME_START -> handOver(execution, facts(journeyId));
            case EVENTNAME_END -> record(execution, journeyId, takeResult(execution, journeyId));
            default -> throw new IllegalStateException(getClass().getSimpleName() + " listens to the start and end of "
                    + "a business-rule task, not to '" + execution.getEventName() + "'");
        }
    }

    /** The decision as the models' earlier versions take it: called as their task's delegate. */
    @Override
    public final void execute(DelegateExecution execution) {
        UUID journeyId = JourneyProcess.journeyId(execution);
        DmnDecisionResultEntries result = execution.getProcessEngineServices().getDecisionService()
                .evaluateDecisionByKey(decisionKey).variables(facts(journeyId)).evaluate().getSingleResult();
        record(execution, journeyId, Decisions.singleResult(result == null ? null : result.getEntryMap(), decisionKey,
                journeyId));
    }

    /**
     * The facts the table reads, by input name, each a transient typed value
     * ({@code Variables.stringValue(value, true)} and the like).
     */
    protected abstract VariableMap facts(UUID journeyId);

    /** Stores the table's result (each output by name; an output a rule leaves empty is absent). */
    protected abstract void record(DelegateExecution execution, UUID journeyId, Map<String, Object> result);

    private static void handOver(DelegateExecution execution, VariableMap facts) {
        for (String name : facts.keySet()) {
            TypedValue fact = facts.getValueTyped(name);
            if (!fact.isTransient()) {
                throw new IllegalStateException("The fact '" + name + "' is not transient: a decision's facts are "
                        + "personal data and are never stored as process variables");
            }
            execution.setVariableLocal(name, fact);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> takeResult(DelegateExecution execution, UUID journeyId) {
        Object result = execution.getVariable(resultVariable);
        execution.removeVariable(resultVariable);
        // The facts, and the engine's own transient copy of the raw result (decisionResult), were for this step only.
        VariableMap local = execution.getVariablesLocalTyped(false);
        for (String name : local.keySet()) {
            if (local.getValueTyped(name).isTransient()) {
                execution.removeVariableLocal(name);
            }
        }
        if (result != null && !(result instanceof Map)) {
            throw new IllegalStateException("The business-rule task " + execution.getCurrentActivityId() + " must map "
                    + "the result of '" + decisionKey + "' with camunda:mapDecisionResult=\"singleResult\"");
        }
        return Decisions.singleResult((Map<String, Object>) result, decisionKey, journeyId);
    }
}
