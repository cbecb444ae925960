package fi.polku.referral;

import fi.polku.journey.ModelMigration;
import org.springframework.stereotype.Component;

/**
 * {@code referral} from its first, untagged version to version 2: the eligibility check became a
 * business-rule task calling referral-eligibility (its listener brings the facts and records the
 * result); every other activity is unchanged. A journey whose job stands at the decision itself
 * stays until the job has run.
 */
@Component
class ReferralDecisionTasksMigration implements ModelMigration {

    @Override
    public String processDefinitionKey() {
        return "referral";
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
        return "The eligibility check became a business-rule task calling referral-eligibility (its listener brings the facts and records the result); every other activity is unchanged.";
    }
}
