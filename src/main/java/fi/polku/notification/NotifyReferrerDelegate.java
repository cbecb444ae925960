package fi.polku.notification;

import fi.polku.journey.JourneyProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Notify referrer of ..." tasks. The model says which notification with the input parameter
 * {@code notification} and may add a {@code reason}; delivery happens later from the outbox.
 */
@Component("notifyReferrer")
public class NotifyReferrerDelegate implements JavaDelegate {

    private final ReferrerNotifier notifier;

    public NotifyReferrerDelegate(ReferrerNotifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object notification = execution.getVariableLocal("notification");
        if (notification == null) {
            throw new IllegalStateException("Task " + execution.getCurrentActivityId()
                    + " needs the input parameter 'notification'");
        }
        Object reason = execution.getVariableLocal("reason");
        notifier.notify(JourneyProcess.journeyId(execution), notification.toString(),
                reason == null ? null : reason.toString(), null);
    }
}
