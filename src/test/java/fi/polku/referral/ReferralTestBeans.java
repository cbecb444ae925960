package fi.polku.referral;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fi.polku.journey.JourneyCalendar;
import fi.polku.journey.JourneyLifecycle;
import fi.polku.journey.JourneyRepository;
import fi.polku.journey.ModelMigration;
import fi.polku.participant.IctBackground;
import fi.polku.participant.ParticipantRepository;
import fi.polku.places.PlaceRegistry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The beans {@code referral.bpmn} (every version) calls, for process tests outside this package (the
 * model migrations): registered as {@link ReferralProcessTest} registers them, the eligibility check
 * and the form listeners real on mocked records, the notifications and the place registry stand-ins.
 */
public final class ReferralTestBeans {

    private final UUID journeyId;
    private final JourneyRepository journeys = mock(JourneyRepository.class);
    private final ParticipantRepository participants = mock(ParticipantRepository.class);
    private final ReferralRecords records = mock(ReferralRecords.class);
    private final PlaceRegistry places = mock(PlaceRegistry.class);
    private final IdentityService identity = mock(IdentityService.class);
    private final Queue<Boolean> freePlaces = new ArrayDeque<>();
    private final List<String> notifications = new ArrayList<>();
    private boolean placeRegistryDown;

    public ReferralTestBeans(UUID journeyId) {
        this.journeyId = journeyId;
        when(records.countInterviews(journeyId, "NO_SHOW")).thenReturn(1);
    }

    /** The migration the referral module declares (from the first, untagged version to version 2). */
    public static ModelMigration declaredMigration() {
        return new ReferralDecisionTasksMigration();
    }

    /** A 25-year-old unemployed 14 months whose facts make the eligibility table answer {@code eligibility}. */
    public void participantFound(String eligibility) {
        String municipality = "NOT_ELIGIBLE".equals(eligibility) ? "Espoo" : " Helsinki ";
        IctBackground ict = "NEEDS_REVIEW".equals(eligibility) ? IctBackground.NONE : IctBackground.VOCATIONAL;
        when(participants.eligibilityFacts(journeyId)).thenReturn(new ParticipantRepository.EligibilityFacts(
                JourneyCalendar.today().minusYears(25), municipality, 3, ict, 14));
    }

    /** The answers of the place registry to the coming reservations, in order (none left: no place). */
    public void placesFree(Boolean... answers) {
        freePlaces.addAll(List.of(answers));
    }

    /** Whether the place registry fails every reservation (the step then fails, is retried, becomes an incident). */
    public void placeRegistryDown(boolean down) {
        placeRegistryDown = down;
    }

    /** What the referrer was told, as {@code notification:reason}. */
    public List<String> notifications() {
        return List.copyOf(notifications);
    }

    /** The model's decision, lifecycle and form listeners, real, on the given mocks. */
    static void registerListeners(ParticipantRepository participants, JourneyRepository journeys, ReferralRecords records,
                                  PlaceRegistry places, IdentityService identity) {
        Mocks.register("checkEligibility", new CheckEligibilityListener(participants, journeys));
        Mocks.register("journeyLifecycle", new JourneyLifecycle(journeys, List.of()));
        Mocks.register("recordReferralReview", new RecordReferralReviewListener(records, identity));
        Mocks.register("recordSuitabilityInterview", new RecordSuitabilityInterviewListener(records, identity));
        Mocks.register("recordWaitingDecision", new RecordWaitingDecisionListener(records, places, identity));
    }

    public void register() {
        registerListeners(participants, journeys, records, places, identity);
        Mocks.register("notifyReferrer", (JavaDelegate) execution ->
                notifications.add(execution.getVariableLocal("notification") + ":" + execution.getVariableLocal("reason")));
        Mocks.register("showReferralSummary", (TaskListener) task -> { });
        Mocks.register("requestInformation", (JavaDelegate) execution -> notifications.add("INFORMATION_REQUESTED"));
        Mocks.register("reservePlace", (JavaDelegate) execution -> {
            if (placeRegistryDown) {
                throw new IllegalStateException("The place registry is not available");
            }
            boolean reserved = Boolean.TRUE.equals(freePlaces.poll());
            execution.setVariable("placeReserved", reserved);
            execution.setVariable("waitingListJoined", !reserved && !execution.hasVariable("waitingListJoined"));
        });
    }
}
