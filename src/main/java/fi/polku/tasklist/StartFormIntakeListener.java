package fi.polku.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.api.ApiException;
import fi.polku.api.InvalidRequestException;
import fi.polku.api.RequestValidation;
import fi.polku.engine.EngineUser;
import fi.polku.journey.JourneyProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A journey started from Tasklist with its start form, which submits the referral as one object:
 * this start listener registers it exactly as the journey's intake API would, names the journey
 * (business key), and removes the personal data from the variables. A journey started over the API
 * already has its id and passes through untouched.
 *
 * @param <T> the referral as the API takes it
 */
public abstract class StartFormIntakeListener<T> implements ExecutionListener {

    private final Class<T> requestType;
    private final String variable;
    private final String startForm;
    private final String apiPath;
    private final RequestValidation validation;
    private final IdentityService identityService;
    private final ObjectMapper objectMapper;

    /**
     * @param variable the variable the start form submits the referral in
     * @param apiPath  the intake API's path, named to whoever starts the process without the form
     */
    protected StartFormIntakeListener(Class<T> requestType, String variable, String startForm, String apiPath,
                                      RequestValidation validation, IdentityService identityService,
                                      ObjectMapper objectMapper) {
        this.requestType = requestType;
        this.variable = variable;
        this.startForm = startForm;
        this.apiPath = apiPath;
        this.validation = validation;
        this.identityService = identityService;
        this.objectMapper = objectMapper;
    }

    /** Registers the referral in the domain database (the process is already starting); its journey id. */
    protected abstract UUID register(T request, String startedBy);

    /** The participant's name for Tasklist and Cockpit. */
    protected abstract String displayName(T request);

    @Override
    public void notify(DelegateExecution execution) {
        // Polku itself (the API's intake) starts journeys without a user and names them; a person
        // (engine REST, Tasklist) starts one only with the form, which carries nothing but the referral.
        if (EngineUser.current(identityService).isEmpty() && execution.hasVariable(JourneyProcess.JOURNEY_ID)) {
            return;
        }
        String submitted = submittedText(execution);
        if (submitted == null) {
            throw FormValues.invalid(variable, "is required: start the journey with the form " + startForm
                    + " or through POST " + apiPath);
        }
        UUID journeyId;
        T request;
        try {
            request = validation.read(withoutEmptyFields(submitted), requestType);
            journeyId = register(request, startedBy());
        } catch (InvalidRequestException | ApiException e) {
            // The engine's form-validation exception: Tasklist shows the message, engine REST answers 400.
            throw FormValues.invalid(variable, "was not registered: " + e.getMessage());
        }
        execution.removeVariable(variable);
        execution.setProcessBusinessKey(journeyId.toString());
        execution.setVariable(JourneyProcess.JOURNEY_ID, journeyId.toString());
        execution.setVariable(JourneyProcess.DISPLAY_NAME, displayName(request));
    }

    /** The submitted referral's JSON text, read without parsing it (a hostile one may not parse). */
    private String submittedText(DelegateExecution execution) {
        TypedValue typed = execution.getVariableTyped(variable, false);
        if (typed instanceof SerializableValue serializable) {
            if (serializable.getValueSerialized() != null) {
                return serializable.getValueSerialized();
            }
            return serializable.isDeserialized() && serializable.getValue() != null ? serializable.getValue().toString() : null;
        }
        return typed == null || typed.getValue() == null ? null : typed.getValue().toString();
    }

    /** The form submits an optional field left empty as "", which means "not given". */
    private String withoutEmptyFields(String json) {
        try {
            JsonNode tree = objectMapper.readTree(json);
            removeEmptyText(tree);
            return tree.toString();
        } catch (JsonProcessingException e) {
            return json; // reported by the validation with the position of the error
        }
    }

    private static void removeEmptyText(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> empty = new ArrayList<>();
            object.fields().forEachRemaining(field -> {
                if (field.getValue().isTextual() && field.getValue().asText().isBlank()) {
                    empty.add(field.getKey());
                } else {
                    removeEmptyText(field.getValue());
                }
            });
            object.remove(empty);
        }
    }

    private String startedBy() {
        return EngineUser.current(identityService).map(EngineUser::userId).orElse("tasklist");
    }
}
