package fi.polku.referral;

import fi.polku.journey.JourneyProcess;
import fi.polku.journey.JourneyRepository;
import fi.polku.notification.ReferrerNotifier;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Request more information": sends the referrer what the coordinator asked for. */
@Component("requestInformation")
public class RequestInformationDelegate implements JavaDelegate {

    public static final String NOTIFICATION = "INFORMATION_REQUESTED";

    private final ReferralRecords records;
    private final JourneyRepository journeys;
    private final ReferrerNotifier notifier;

    public RequestInformationDelegate(ReferralRecords records, JourneyRepository journeys, ReferrerNotifier notifier) {
        this.records = records;
        this.journeys = journeys;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID journeyId = JourneyProcess.journeyId(execution);
        journeys.recordDecision(journeyId, NOTIFICATION, null);
        notifier.notify(journeyId, NOTIFICATION, null, records.latestReviewNote(journeyId));
    }
}
