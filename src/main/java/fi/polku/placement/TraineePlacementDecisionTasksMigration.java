package fi.polku.placement;

import fi.polku.journey.ModelMigration;
import org.springframework.stereotype.Component;

/**
 * {@code trainee-placement} from its first, untagged version to version 2: the Helsinki supplement
 * check became a business-rule task calling helsinki-supplement-eligibility; every other activity
 * is unchanged. A journey whose job stands at the decision itself stays until the job has run.
 */
@Component
class TraineePlacementDecisionTasksMigration implements ModelMigration {

    @Override
    public String processDefinitionKey() {
        return "trainee-placement";
    }

    @Override
    public String fromVersionTag() {
        return null;
    }

    @Override
    public String toVersionTag() {
        return "2";
    }

    @Override
    public String change() {
        return "The Helsinki supplement check became a business-rule task calling helsinki-supplement-eligibility; every other activity is unchanged.";
    }
}
