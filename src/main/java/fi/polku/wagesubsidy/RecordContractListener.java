package fi.polku.wagesubsidy;

import fi.polku.journey.JourneyProcess;
import fi.polku.period.WageSubsidyRecords;
import fi.polku.tasklist.CompletedTaskListener;
import fi.polku.tasklist.FormValues;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Completes "Sign contract and onboard": contract date, work team and mentor. */
@Component("recordContract")
public class RecordContractListener extends CompletedTaskListener {

    static final Set<String> WORK_TEAMS = Set.of("SOFTWARE", "MEDIA", "GAMES", "SUPPORT");

    private final WageSubsidyRecords records;

    public RecordContractListener(WageSubsidyRecords records, IdentityService identityService) {
        super(identityService);
        this.records = records;
    }

    @Override
    protected void record(DelegateExecution execution, FormValues form, String completedBy) {
        records.saveContract(JourneyProcess.journeyId(execution), form.requiredDate("contractDate"),
                form.requiredChoice("workTeam", WORK_TEAMS), form.requiredText("mentor", 200), completedBy);
        form.discard("contractDate", "workTeam", "mentor");
    }
}
