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
import fi.polku.language.Language;
import fi.polku.language.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A journey (or another process, such as a supplement application) started from Tasklist with its
 * start form, which submits the referral as one object: this start listener registers it exactly as
 * the intake API would, names the instance (business key), and removes the personal data from the
 * variables. An instance started over the API already has its id and passes through untouched. A
 * refusal names each broken field by its label in the form, in the language of the person who
 * submitted it, and by its path in the API.
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
    private final StartFormFieldNames fieldNames;

    /**
     * @param variable the variable the start form submits the referral in
     * @param apiPath  the intake API's path, named to whoever starts the process without the form
     */
    protected StartFormIntakeListener(Class<T> requestType, String variable, String startForm, String apiPath,
                                      RequestValidation validation, IdentityService identityService,
                                      ObjectMapper objectMapper, Messages messages) {
        this.requestType = requestType;
        this.variable = variable;
        this.startForm = startForm;
        this.apiPath = apiPath;
        this.validation = validation;
        this.identityService = identityService;
        this.objectMapper = objectMapper;
        this.fieldNames = StartFormFieldNames.of(startForm, variable, messages, objectMapper);
    }

    /** Registers the referral in the domain database (the process is already starting); its journey id. */
    protected abstract UUID register(T request, String startedBy);

    /** The participant's name for Tasklist and Cockpit. */
    protected abstract String displayName(T request);

    /** The variable holding the instance's id, which the intake API sets as it starts the instance itself. */
    protected String idVariable() {
        return JourneyProcess.JOURNEY_ID;
    }

    @Override
    public void notify(DelegateExecution execution) {
        // Polku itself (the API's intake) starts journeys without a user and names them; a person
        // (engine REST, Tasklist) starts one only with the form, which carries nothing but the referral.
        if (EngineUser.current(identityService).isEmpty() && execution.hasVariable(idVariable())) {
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
        } catch (InvalidRequestException e) {
            throw FormValues.invalid(variable, "was not registered: " + named(e));
        } catch (ApiException e) {
            // The engine's form-validation exception: Tasklist shows the message, engine REST answers 400.
            throw FormValues.invalid(variable, "was not registered: " + e.getMessage());
        }
        execution.removeVariable(variable);
        execution.setProcessBusinessKey(journeyId.toString());
        execution.setVariable(idVariable(), journeyId.toString());
        execution.setVariable(JourneyProcess.DISPLAY_NAME, displayName(request));
    }

    /** Each broken rule as "label (path): rule", the label in the submitter's language. */
    private String named(InvalidRequestException e) {
        Language language = submitterLanguage();
        return e.errors().stream().map(error -> fieldNames.label(error.field(), language)
                        .map(label -> label + " (" + error.field() + "): " + error.message())
                        .orElse(error.field() + ": " + error.message()))
                .collect(Collectors.joining("; "));
    }

    /** Tasklist's browser says its language in each request; engine REST without it is answered in English. */
    private static Language submitterLanguage() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Language.fromAcceptLanguage(attributes.getRequest().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        }
        return Language.EN;
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
