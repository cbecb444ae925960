package fi.polku.supplement;

/**
 * What the employer's system reports about an application ({@code POST .../{applicationId}/events})
 * and the message of {@code supplement-application} each one delivers.
 */
enum SupplementEventType {
    /** The employer answers a request for information ({@code data.answer}). */
    SUPPLEMENT_INFO_PROVIDED("SupplementInfoProvided"),
    /** The employer reports the pay realised over the period ({@code data.realisedPayEur}): the second instalment. */
    PAY_REALISED("SupplementPayRealised"),
    /** The employment ended before the period did ({@code data.endDate}): the supplement is recomputed. */
    EMPLOYMENT_ENDED("SupplementEmploymentEnded");

    private final String messageName;

    SupplementEventType(String messageName) {
        this.messageName = messageName;
    }

    String messageName() {
        return messageName;
    }
}
