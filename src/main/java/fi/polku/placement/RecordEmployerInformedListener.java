package fi.polku.placement;

import fi.polku.journey.JourneyProcess;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Completes "Inform employer about the Helsinki supplement": when and how the employer was told. */
@Component("recordEmployerInformed")
class RecordEmployerInformedListener extends CompletedTaskListener {

    static final Set<String> CHANNELS = Set.of("EMAIL", "PHONE", "MEETING");

    private final PlacementRecords records;

    public RecordEmployerInformedListener(PlacementRecords records, IdentityService identityService) {
        super(identityService);
        this.records = records;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        records.recordEmployerInformed(JourneyProcess.journeyId(execution), form.requiredDate("informedOn"),
                form.requiredChoice("informedChannel", CHANNELS), form.optionalText("informedNote", 2000), completedBy);
        form.discard("informedOn", "informedChannel", "informedNote");
    }
}
