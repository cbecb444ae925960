package fi.polku.supplement;

/** An application's status: RECEIVED → HANDLING ⇄ INFO_REQUESTED → ACCEPTED / REJECTED; CANCELLED before a decision. */
enum SupplementStatus {
    RECEIVED, HANDLING, INFO_REQUESTED, ACCEPTED, REJECTED, CANCELLED;

    /** Whether the application is decided or withdrawn: nothing more changes it but payments. */
    boolean closed() {
        return this == ACCEPTED || this == REJECTED || this == CANCELLED;
    }
}
