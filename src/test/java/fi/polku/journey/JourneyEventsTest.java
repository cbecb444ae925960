package fi.polku.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.api.ApiException;
import fi.polku.api.RequestValidation;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** An event is stored and answered 2xx only if the journey took it. */
class JourneyEventsTest {

    record Withdrawal() {
    }

    private final UUID journeyId = UUID.randomUUID();
    private final JourneyRepository journeys = mock(JourneyRepository.class);
    private final RequestValidation validation = mock(RequestValidation.class);
    private final RuntimeService runtimeService = mock(RuntimeService.class, RETURNS_DEEP_STUBS);
    private final TaskService taskService = mock(TaskService.class, RETURNS_DEEP_STUBS);
    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);

    private final JourneyEventHandler<Withdrawal> handler = new JourneyEventHandler<>() {
        @Override
        public JourneyEventType type() {
            return JourneyEventType.JOURNEY_WITHDRAWN;
        }

        @Override
        public Class<Withdrawal> dataType() {
            return Withdrawal.class;
        }

        @Override
        public Map<String, Object> accept(UUID journeyId, Withdrawal data, String receivedBy) {
            return Map.of();
        }
    };

    @Test
    void anEventTheJourneyNoLongerTakesWhenItArrivesIsAConflictNotASuccess() throws Exception {
        when(journeys.find(journeyId)).thenReturn(Optional.of(new Journey(journeyId, UUID.randomUUID(), "EMPLOYMENT_SERVICES",
                "HES", "HES-1", Journey.ACTIVE, "REFERRAL", null, null, null, null, null, null, null, null,
                OffsetDateTime.now(), OffsetDateTime.now(), null, fi.polku.journey.JourneyType.PARTICIPANT, null)));
        when(validation.read(anyString(), eq(Withdrawal.class))).thenReturn(new Withdrawal());
        ProcessInstance instance = mock(ProcessInstance.class);
        when(instance.getId()).thenReturn("instance-1");
        when(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(journeyId.toString()).list())
                .thenReturn(List.of(instance));
        EventSubscription subscription = mock(EventSubscription.class);
        when(subscription.getEventName()).thenReturn("JourneyWithdrawn");
        when(runtimeService.createEventSubscriptionQuery().processInstanceId("instance-1").eventType("message").list())
                .thenReturn(List.of(subscription));
        // Between the check and the delivery the journey moved on: nothing takes the message.
        when(runtimeService.createMessageCorrelation("JourneyWithdrawn").processInstanceBusinessKey(journeyId.toString())
                .setVariables(any()).correlateAllWithResult()).thenReturn(List.of());
        JourneyEvents events = new JourneyEvents(journeys, List.of(handler), validation, new ObjectMapper(),
                runtimeService, taskService, jdbc);

        assertThatThrownBy(() -> events.receive(journeyId, new JourneyEventRequest("JOURNEY_WITHDRAWN", null), "integration"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.problem().getStatus()).isEqualTo(409));
    }
}
