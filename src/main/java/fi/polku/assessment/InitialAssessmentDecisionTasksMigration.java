package fi.polku.assessment;

import fi.polku.journey.ModelMigration;
import org.springframework.stereotype.Component;

/**
 * {@code initial-assessment} from its first, untagged version to version 2: the course-level and
 * support-plan decisions became business-rule tasks calling their tables; every other activity is
 * unchanged. A journey whose job stands at the decision itself stays until the job has run.
 */
@Component
class InitialAssessmentDecisionTasksMigration implements ModelMigration {

    @Override
    public String processDefinitionKey() {
        return "initial-assessment";
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
        return "The course-level and support-plan decisions became business-rule tasks calling their tables; every other activity is unchanged.";
    }
}
