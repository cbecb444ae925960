package fi.polku.referral;

import fi.polku.journey.SameActivitiesMigration;
import org.springframework.stereotype.Component;

/**
 * {@code referral} from its first, untagged version to version 2: the eligibility check became a
 * business-rule task calling referral-eligibility (its listener brings the facts and records the
 * result); every other activity is unchanged. A journey whose job stands at the decision itself
 * stays until the job has run.
 */
@Component
class ReferralDecisionTasksMigration extends SameActivitiesMigration {

    ReferralDecisionTasksMigration() {
        super("referral", null, "2",
                "The eligibility check became a business-rule task calling referral-eligibility (its "
                + "listener brings the facts and records the result); every other activity is unchanged.");
    }
}
