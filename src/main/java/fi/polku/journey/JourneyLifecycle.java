package fi.polku.journey;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Keeps the journey row in step with the processes: the models call it from execution listeners
 * ({@code ${journeyLifecycle.enterPhase(execution, 'REFERRAL')}}), so the phase, decision and
 * outcome commit in the same transaction as the engine state that caused them.
 */
@Component("journeyLifecycle")
public class JourneyLifecycle {

    /** Variable the referral phase hands back to the journey: ACCEPTED or DECLINED. */
    public static final String REFERRAL_OUTCOME = "referralOutcome";

    private final JourneyRepository journeys;
    private final List<JourneyEndHandler> endHandlers;

    public JourneyLifecycle(JourneyRepository journeys, List<JourneyEndHandler> endHandlers) {
        this.journeys = journeys;
        this.endHandlers = endHandlers;
    }

    /** @param phase a {@link JourneyPhase} by name: the models call this with a string */
    public void enterPhase(DelegateExecution execution, String phase) {
        journeys.enterPhase(JourneyProcess.journeyId(execution), JourneyPhase.valueOf(phase));
    }

    /**
     * Records the referral decision and hands it to the journey as {@value #REFERRAL_OUTCOME}. The
     * expression language passes a missing reason as an empty string; it is stored as none.
     */
    public void decideReferral(DelegateExecution execution, String decision, String reason) {
        journeys.recordDecision(JourneyProcess.journeyId(execution), decision,
                reason == null || reason.isBlank() ? null : reason);
        execution.setVariable(REFERRAL_OUTCOME, decision);
    }

    /**
     * Ends the journey with its outcome, and lets each phase give up what it held for it.
     *
     * @param outcomeName a {@link JourneyOutcome} by name: the models call this with a string
     */
    public void end(DelegateExecution execution, String outcomeName) {
        UUID journeyId = JourneyProcess.journeyId(execution);
        JourneyOutcome outcome = JourneyOutcome.valueOf(outcomeName);
        journeys.end(journeyId, outcome);
        endHandlers.forEach(handler -> handler.journeyEnded(journeyId, outcome));
    }
}
