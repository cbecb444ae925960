package fi.polku.referral;

import fi.polku.journey.JourneyProcess;
import fi.polku.places.PlaceRegistry;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Reserve a place": a free wage-subsidy place, or the waiting list. */
@Component("reservePlace")
public class ReservePlaceDelegate implements JavaDelegate {

    private final PlaceRegistry places;

    public ReservePlaceDelegate(PlaceRegistry places) {
        this.places = places;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID journeyId = JourneyProcess.journeyId(execution);
        boolean reserved = places.reserve(journeyId);
        execution.setVariable("placeReserved", reserved);
        execution.setVariable("waitingListJoined", !reserved && places.joinWaitingList(journeyId));
    }
}
