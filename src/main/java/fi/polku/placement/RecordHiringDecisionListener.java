package fi.polku.placement;

import fi.polku.journey.JourneyProcess;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completes "Record hiring decision": hired (contract, start, hours, pay subsidy) or not (the
 * company's feedback). Whether the participant was hired stays a variable.
 */
@Component("recordHiringDecision")
class RecordHiringDecisionListener extends CompletedTaskListener {

    public static final String HIRED = "hired";

    static final Set<String> HIRING_OUTCOMES = Set.of("HIRED", "NOT_HIRED");
    static final Set<String> CONTRACT_TYPES = Set.of("PERMANENT", "FIXED_TERM", "APPRENTICESHIP");

    private final PlacementRecords records;

    public RecordHiringDecisionListener(PlacementRecords records, IdentityService identityService) {
        super(identityService);
        this.records = records;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        boolean hired = "HIRED".equals(form.requiredChoice("hiringOutcome", HIRING_OUTCOMES));
        PlacementRecords.HiringDecision decision = hired
                ? new PlacementRecords.HiringDecision(true, form.requiredChoice("contractType", CONTRACT_TYPES),
                        form.requiredDate("employmentStart"), form.requiredInt("hoursPerWeek", 1, 60),
                        form.flag("paySubsidised"), form.optionalText("hiringFeedback", 2000))
                : new PlacementRecords.HiringDecision(false, null, null, null, null,
                        form.requiredText("hiringFeedback", 2000));
        records.saveHiringDecision(JourneyProcess.journeyId(execution), decision, completedBy);
        execution.setVariable(HIRED, hired);
        form.discard("hiringOutcome", "contractType", "employmentStart", "hoursPerWeek", "paySubsidised",
                "hiringFeedback");
    }
}
