package fi.polku.followup;

import fi.polku.tasklist.FormValues;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The situation and how the participant is employed, as the exit review and the follow-ups ask them alike. */
final class SituationFields {

    static final Set<String> SITUATIONS = Arrays.stream(FollowUpRecords.Situation.values()).map(Enum::name)
            .collect(Collectors.toSet());
    static final Set<String> KNOWN_SITUATIONS = SITUATIONS.stream().filter(s -> !"UNKNOWN".equals(s))
            .collect(Collectors.toSet());
    static final Set<String> EMPLOYMENT_TYPES = Set.of("OPEN_MARKET", "SUBSIDISED", "SELF_EMPLOYED");

    private SituationFields() {
    }

    /** How the participant is employed: required when employed, ignored otherwise. */
    static String employmentType(FormValues form, FollowUpRecords.Situation situation) {
        return situation == FollowUpRecords.Situation.EMPLOYED ? form.requiredChoice("employmentType", EMPLOYMENT_TYPES)
                : null;
    }
}
