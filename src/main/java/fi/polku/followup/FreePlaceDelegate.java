package fi.polku.followup;

import fi.polku.journey.JourneyProcess;
import fi.polku.places.PlaceRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Free the wage-subsidy place": the participant has left; the place goes to the longest-waiting journey. */
@Component("freePlace")
public class FreePlaceDelegate implements JavaDelegate {

    private final PlaceRegistry places;

    public FreePlaceDelegate(PlaceRegistry places) {
        this.places = places;
    }

    @Override
    public void execute(DelegateExecution execution) {
        places.releaseAndOfferToNext(JourneyProcess.journeyId(execution));
    }
}
