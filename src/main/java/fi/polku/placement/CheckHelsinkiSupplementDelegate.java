package fi.polku.placement;

import fi.polku.journey.Decisions;
import fi.polku.journey.JourneyCalendar;
import fi.polku.journey.JourneyProcess;
import fi.polku.participant.ParticipantRepository;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * "Check Helsinki supplement eligibility": DMN {@code helsinki-supplement-eligibility} on the hiring
 * decision, the employer and the participant's home municipality. The result and the terms to tell
 * the employer are stored; only whether it is eligible routes the process.
 */
@Component("checkHelsinkiSupplement")
public class CheckHelsinkiSupplementDelegate implements JavaDelegate {

    public static final String DECISION = "helsinki-supplement-eligibility";
    public static final String ELIGIBLE = "supplementEligible";

    private final PlacementRecords records;
    private final ParticipantRepository participants;
    private final DecisionService decisionService;

    public CheckHelsinkiSupplementDelegate(PlacementRecords records, ParticipantRepository participants,
                                           DecisionService decisionService) {
        this.records = records;
        this.participants = participants;
        this.decisionService = decisionService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID journeyId = JourneyProcess.journeyId(execution);
        PlacementRecords.HiringDecision hiring = records.hiringDecision(journeyId);
        PlacementRecords.Placement placement = records.requireCurrent(journeyId);
        // Whole months since the job started; a job that starts later counts as 0.
        long monthsSinceStart = Math.max(0, ChronoUnit.MONTHS.between(hiring.employmentStart(), JourneyCalendar.today()));
        DmnDecisionResultEntries result = Decisions.singleResult(decisionService.evaluateDecisionByKey(DECISION)
                .variables(Variables.createVariables()
                        .putValue("employerType", placement.organisationType().name())
                        .putValue("hoursPerWeek", hiring.hoursPerWeek())
                        .putValue("paySubsidised", Boolean.TRUE.equals(hiring.paySubsidised()))
                        .putValue("monthsSinceStart", (int) monthsSinceStart)
                        .putValue("municipality", participants.eligibilityFacts(journeyId).municipality().strip()
                                .toLowerCase(Locale.ROOT)))
                .evaluate(), DECISION, journeyId);
        // A rule that leaves an output empty leaves it out of the result: read the terms as a map.
        boolean eligible = Boolean.TRUE.equals(result.get("eligible"));
        Integer applyWithinMonths = number(result.get("applyWithinMonths"));
        // The last day the table's "fewer than N whole months since the start" still holds, so the date the
        // employer is told and the rule agree.
        LocalDate applyBy = applyWithinMonths == null ? null
                : hiring.employmentStart().plusMonths(applyWithinMonths).minusDays(1);
        records.saveSupplement(journeyId, new PlacementRecords.Supplement(eligible, (String) result.get("reason"),
                number(result.get("supplementPercent")), number(result.get("maxMonthlyEur")),
                number(result.get("maxMonths")), applyBy));
        execution.setVariable(ELIGIBLE, eligible);
    }

    private static Integer number(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
