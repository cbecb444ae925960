package fi.polku.journey;

import org.springframework.stereotype.Component;

/**
 * {@code participant-journey} from version 1 to 2: only the diagram changed (the labels of the
 * track and period-outcome flows ran over the shapes in Cockpit); every activity is the same.
 */
@Component
class ParticipantJourneyLayoutMigration extends SameActivitiesMigration {

    ParticipantJourneyLayoutMigration() {
        super(JourneyProcess.KEY, "1", "2",
                "Only the diagram changed: the flows' labels sit clear of the shapes; every activity is unchanged.");
    }
}
