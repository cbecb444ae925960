package fi.polku.placement;

import fi.polku.journey.JourneyProcess;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completes "Agree placement with company" when the coordinator records the company's answer (the
 * company may also answer itself: {@code PLACEMENT_CONFIRMED}). The answer stays a variable.
 */
@Component("recordCompanyAnswer")
class RecordCompanyAnswerListener extends CompletedTaskListener {

    public static final String CONFIRMED = "placementConfirmed";

    static final Set<String> ANSWERS = Set.of("CONFIRMED", "DECLINED");

    private final PlacementRecords records;

    public RecordCompanyAnswerListener(PlacementRecords records, IdentityService identityService) {
        super(identityService);
        this.records = records;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        boolean confirmed = "CONFIRMED".equals(form.requiredChoice("companyAnswer", ANSWERS));
        records.recordAnswer(JourneyProcess.journeyId(execution), confirmed, "TASKLIST", completedBy,
                form.optionalText("answerNote", 2000));
        execution.setVariable(CONFIRMED, confirmed);
        form.discard("companyAnswer", "answerNote");
    }
}
