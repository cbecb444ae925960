package fi.polku.assessment;

import fi.polku.journey.SameActivitiesMigration;
import org.springframework.stereotype.Component;

/**
 * {@code initial-assessment} from its first, untagged version to version 2: the course-level and
 * support-plan decisions became business-rule tasks calling their tables; every other activity is
 * unchanged. A journey whose job stands at the decision itself stays until the job has run.
 */
@Component
class InitialAssessmentDecisionTasksMigration extends SameActivitiesMigration {

    InitialAssessmentDecisionTasksMigration() {
        super("initial-assessment", null, "2",
                "The course-level and support-plan decisions became business-rule tasks calling their "
                + "tables; every other activity is unchanged.");
    }
}
