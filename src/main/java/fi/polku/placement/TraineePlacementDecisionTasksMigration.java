package fi.polku.placement;

import fi.polku.journey.SameActivitiesMigration;
import org.springframework.stereotype.Component;

/**
 * {@code trainee-placement} from its first, untagged version to version 2: the Helsinki supplement
 * check became a business-rule task calling helsinki-supplement-eligibility; every other activity
 * is unchanged. A journey whose job stands at the decision itself stays until the job has run.
 */
@Component
class TraineePlacementDecisionTasksMigration extends SameActivitiesMigration {

    TraineePlacementDecisionTasksMigration() {
        super("trainee-placement", null, "2",
                "The Helsinki supplement check became a business-rule task calling "
                + "helsinki-supplement-eligibility; every other activity is unchanged.");
    }
}
