package fi.polku.journey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import fi.polku.api.ApiException;
import fi.polku.api.ApiProblem;
import fi.polku.api.FieldError;
import fi.polku.api.InvalidRequestException;
import fi.polku.api.RequestValidation;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers an event to a journey: validates its data, keeps it in {@code journey_event} and
 * correlates its message, in one transaction. An event the journey is not waiting for is refused
 * with 409 and what it is waiting for instead.
 */
@Service
class JourneyEvents {

    private final JourneyRepository journeys;
    private final Map<JourneyEventType, JourneyEventHandler<?>> handlers = new EnumMap<>(JourneyEventType.class);
    private final RequestValidation validation;
    private final ObjectMapper objectMapper;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final JdbcTemplate jdbc;

    public JourneyEvents(JourneyRepository journeys, List<JourneyEventHandler<?>> handlers, RequestValidation validation,
                         ObjectMapper objectMapper, RuntimeService runtimeService, TaskService taskService,
                         JdbcTemplate jdbc) {
        this.journeys = journeys;
        handlers.forEach(handler -> this.handlers.put(handler.type(), handler));
        this.validation = validation;
        this.objectMapper = objectMapper;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.jdbc = jdbc;
    }

    @Transactional
    public void receive(UUID journeyId, JourneyEventRequest event, String receivedBy) {
        Journey journey = journeys.find(journeyId)
                .orElseThrow(() -> ApiException.notFound("No journey " + journeyId));
        JourneyEventType type = JourneyEventType.parse(event.type()).filter(handlers::containsKey)
                .orElseThrow(() -> new InvalidRequestException(new FieldError("type", "enum", "must be one of "
                        + handlers.keySet().stream().map(Enum::name).collect(Collectors.joining(", ")))));
        JsonNode data = event.data() == null || event.data().isNull() ? JsonNodeFactory.instance.objectNode() : event.data();
        Object validData = read(data, handlers.get(type).dataType());
        List<FieldError> broken = ruleViolations(handlers.get(type), validData);
        if (!broken.isEmpty()) {
            throw new InvalidRequestException(broken.stream()
                    .map(err -> new FieldError("data." + err.field(), err.rule(), err.message())).toList());
        }

        List<String> waitingFor = waitingFor(journeyId);
        if (!waitingFor.contains(type.name())) {
            throw notWaiting(journey, type, waitingFor);
        }
        jdbc.update("insert into journey_event (journey_id, type, data, received_by) values (?, ?, ?::jsonb, ?)",
                journeyId, type.name(), data.toString(), receivedBy);
        Map<String, Object> variables = accept(handlers.get(type), journeyId, validData, receivedBy);
        boolean delivered = !runtimeService.createMessageCorrelation(type.messageName())
                .processInstanceBusinessKey(journeyId.toString())
                .setVariables(variables)
                .correlateAllWithResult().isEmpty();
        if (!delivered) {
            // The journey moved on between the check above and now (a timer fired, a colleague completed
            // the task): the event is answered 409 and, with this transaction, nothing of it is stored.
            throw notWaiting(journey, type, waitingFor(journeyId));
        }
    }

    /** Event types the journey's process instances are waiting for right now. */
    public List<String> waitingFor(UUID journeyId) {
        List<String> instanceIds = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(journeyId.toString()).list().stream().map(ProcessInstance::getId).toList();
        TreeSet<String> types = new TreeSet<>();
        for (String instanceId : instanceIds) {
            runtimeService.createEventSubscriptionQuery().processInstanceId(instanceId).eventType("message").list()
                    .stream().map(EventSubscription::getEventName)
                    .forEach(name -> JourneyEventType.forMessage(name).ifPresent(t -> types.add(t.name())));
        }
        return List.copyOf(types);
    }

    private ApiException notWaiting(Journey journey, JourneyEventType type, List<String> waitingFor) {
        List<String> openTasks = taskService.createTaskQuery().processInstanceBusinessKey(journey.id().toString())
                .list().stream().map(Task::getName).distinct().toList();
        String detail = journey.active()
                ? "Journey " + journey.id() + " is not waiting for " + type + ". It is waiting for: "
                        + (waitingFor.isEmpty() ? "no event" : String.join(", ", waitingFor))
                        + (openTasks.isEmpty() ? "" : "; open tasks: " + String.join(", ", openTasks))
                : "Journey " + journey.id() + " has ended (" + journey.outcome() + ") and waits for no event";
        ProblemDetail problem = ApiProblem.of(HttpStatus.CONFLICT, "not-waiting", "Not waiting for this event", detail);
        problem.setProperty("waitingFor", waitingFor);
        problem.setProperty("openTasks", openTasks);
        return new ApiException(problem);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<FieldError> ruleViolations(JourneyEventHandler<T> handler, Object data) {
        return handler.ruleViolations((T) data);
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, Object> accept(JourneyEventHandler<T> handler, UUID journeyId, Object data,
                                                  String receivedBy) {
        return handler.accept(journeyId, (T) data, receivedBy);
    }

    private <T> T read(JsonNode data, Class<T> type) {
        if (!data.isObject()) {
            throw new InvalidRequestException(new FieldError("data", "type", "must be a JSON object"));
        }
        try {
            return validation.read(objectMapper.writeValueAsString(data), type);
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException(e.errors().stream()
                    .map(err -> new FieldError("data." + err.field().replace("(body)", "").replaceAll("^\\.", ""),
                            err.rule(), err.message()))
                    .toList());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
