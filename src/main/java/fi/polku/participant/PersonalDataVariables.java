package fi.polku.participant;

import java.util.Set;

/**
 * Variables that carry personal data or free text on its way from a Camunda Form to the domain
 * database. Listeners move them there and remove them; {@link PersonalDataHistoryFilter} keeps
 * them out of the engine's history, so they exist nowhere else.
 */
public final class PersonalDataVariables {

    /** The Tasklist start form {@code referral-start} submits the whole referral as this object. */
    public static final String INTAKE = "intake";

    public static final Set<String> NAMES = Set.of(INTAKE, "reviewNote", "interviewNote");

    private PersonalDataVariables() {
    }
}
