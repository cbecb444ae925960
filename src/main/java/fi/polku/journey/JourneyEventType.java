package fi.polku.journey;

import java.util.Arrays;
import java.util.Optional;

/** Events other systems and the team send to a journey, and the BPMN message each one is. */
public enum JourneyEventType {
    REFERRAL_INFO_PROVIDED("ReferralInfoProvided"),
    PLACE_AVAILABLE("PlaceAvailable"),
    WAGE_SUBSIDY_DECIDED("WageSubsidyDecided"),
    EMPLOYMENT_FOUND("EmploymentFound"),
    PERIOD_INTERRUPTED("PeriodInterrupted"),
    PLACEMENT_CONFIRMED("PlacementConfirmed"),
    PLACEMENT_CANCELLED("PlacementCancelled"),
    JOURNEY_WITHDRAWN("JourneyWithdrawn");

    private final String messageName;

    JourneyEventType(String messageName) {
        this.messageName = messageName;
    }

    public String messageName() {
        return messageName;
    }

    public static Optional<JourneyEventType> parse(String type) {
        return Arrays.stream(values()).filter(t -> t.name().equals(type)).findFirst();
    }

    public static Optional<JourneyEventType> forMessage(String messageName) {
        return Arrays.stream(values()).filter(t -> t.messageName.equals(messageName)).findFirst();
    }
}
