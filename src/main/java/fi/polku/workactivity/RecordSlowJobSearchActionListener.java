package fi.polku.workactivity;

import fi.polku.journey.JourneyProcess;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Completes "Act on slow job search": what the team lead did about a search with no employer contact in 30 days. */
@Component("recordSlowJobSearchAction")
class RecordSlowJobSearchActionListener extends CompletedTaskListener {

    static final Set<String> ACTIONS = Set.of("DISCUSSED_WITH_COACH", "MORE_COACHING_TIME", "EMPLOYER_CONTACTS_PLANNED",
            "OTHER");

    private final WorkActivityRecords records;

    RecordSlowJobSearchActionListener(WorkActivityRecords records, IdentityService identityService) {
        super(identityService);
        this.records = records;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        records.saveSlowJobSearchAction(JourneyProcess.journeyId(execution), form.requiredChoice("slowSearchAction", ACTIONS),
                form.requiredText("actionNote", 2000), completedBy);
        form.discard("slowSearchAction", "actionNote");
    }
}
