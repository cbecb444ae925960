package fi.polku.assessment;

import fi.polku.journey.JourneyProcess;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Completes "Discuss pathway studies": interest and prior credits go to the domain database. */
@Component("recordPathwayDiscussion")
public class RecordPathwayDiscussionListener extends CompletedTaskListener {

    static final Set<String> INTERESTS = Set.of("PATHWAY_STUDIES", "TARGETED_COURSES", "NEITHER");

    private final AssessmentRecords records;

    public RecordPathwayDiscussionListener(AssessmentRecords records, IdentityService identityService) {
        super(identityService);
        this.records = records;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        UUID journeyId = JourneyProcess.journeyId(execution);
        records.recordPathway(journeyId, form.requiredChoice("pathwayInterest", INTERESTS),
                form.requiredInt("priorCredits", 0, 400), completedBy);
        records.addNote(journeyId, "discuss-pathway-studies", form.optionalText("pathwayNote", 2000), completedBy);
        form.discard("pathwayInterest", "priorCredits", "pathwayNote");
    }
}
