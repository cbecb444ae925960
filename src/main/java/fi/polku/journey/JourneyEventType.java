package fi.polku.journey;

import fi.polku.security.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Events other systems and the team send to a journey, the BPMN message each one is, and who may
 * send it. An event completes or redirects work that belongs to one group, so only that group (and
 * the integrations, and administrators) may send it: otherwise a study counsellor could record a
 * team lead's wage-subsidy decision, or a coach give a participant a place ahead of the waiting list.
 */
public enum JourneyEventType {
    REFERRAL_INFO_PROVIDED("ReferralInfoProvided", Role.INTEGRATIONS, Role.REFERRAL_COORDINATORS),
    /** Polku itself offers a freed place to the next in line (in-process, not through the API). */
    PLACE_AVAILABLE("PlaceAvailable", Role.TEAM_LEADS),
    WAGE_SUBSIDY_DECIDED("WageSubsidyDecided", Role.INTEGRATIONS, Role.TEAM_LEADS),
    EMPLOYMENT_FOUND("EmploymentFound", Role.INTEGRATIONS, Role.JOB_COACHES, Role.TEAM_LEADS),
    PERIOD_INTERRUPTED("PeriodInterrupted", Role.INTEGRATIONS, Role.JOB_COACHES, Role.TEAM_LEADS),
    PLACEMENT_CONFIRMED("PlacementConfirmed", Role.INTEGRATIONS, Role.EMPLOYER_COORDINATORS),
    PLACEMENT_CANCELLED("PlacementCancelled", Role.INTEGRATIONS, Role.EMPLOYER_COORDINATORS),
    JOURNEY_WITHDRAWN("JourneyWithdrawn", Role.INTEGRATIONS, Role.TEAM_LEADS),
    /** Adult social work ends the client's work activity (work-activity journey). */
    WORK_ACTIVITY_ENDED("WorkActivityEnded", Role.INTEGRATIONS, Role.SOCIAL_WORKERS);

    private final String messageName;
    private final List<Role> senders;

    JourneyEventType(String messageName, Role... senders) {
        this.messageName = messageName;
        this.senders = List.of(senders);
    }

    public String messageName() {
        return messageName;
    }

    /** The groups that may send this event through the API (administrators always may). */
    public List<Role> senders() {
        return senders;
    }

    public static Optional<JourneyEventType> parse(String type) {
        return Arrays.stream(values()).filter(t -> t.name().equals(type)).findFirst();
    }

    public static Optional<JourneyEventType> forMessage(String messageName) {
        return Arrays.stream(values()).filter(t -> t.messageName.equals(messageName)).findFirst();
    }
}
