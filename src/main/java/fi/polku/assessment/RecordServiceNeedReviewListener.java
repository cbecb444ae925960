package fi.polku.assessment;

import fi.polku.journey.JourneyProcess;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Completes "Review service-need assessment (CREAR)": the five areas, the support-need level and
 * the support-need areas go to the domain database; none of them stays a process variable.
 */
@Component("recordServiceNeedReview")
public class RecordServiceNeedReviewListener extends CompletedTaskListener {

    static final Set<String> LEVELS = Set.of("NONE", "SOME", "INTENSIVE");
    static final Set<String> AREAS = Set.of("HOUSING", "HEALTH", "FINANCES", "LEARNING", "NONE");

    private final AssessmentRecords records;

    public RecordServiceNeedReviewListener(AssessmentRecords records, IdentityService identityService) {
        super(identityService);
        this.records = records;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        List<String> areas = form.requiredChoices("supportNeeds", AREAS);
        if (areas.contains("NONE") && areas.size() > 1) {
            throw FormValues.invalid("supportNeeds", "cannot be 'None' together with other support needs");
        }
        UUID journeyId = JourneyProcess.journeyId(execution);
        records.recordServiceNeed(journeyId, new AssessmentRecords.ServiceNeed(
                form.requiredInt("crearStudies", 1, 5), form.requiredInt("crearTimeUse", 1, 5),
                form.requiredInt("crearWellbeing", 1, 5), form.requiredInt("crearCareerPlanning", 1, 5),
                form.requiredInt("crearEmployment", 1, 5), form.requiredChoice("supportNeedLevel", LEVELS), areas),
                completedBy);
        records.addNote(journeyId, "review-service-need", form.optionalText("serviceNeedNote", 2000), completedBy);
        form.discard("crearStudies", "crearTimeUse", "crearWellbeing", "crearCareerPlanning", "crearEmployment",
                "supportNeedLevel", "supportNeeds", "serviceNeedNote");
    }
}
