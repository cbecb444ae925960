package fi.polku.referral;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.api.ApiException;
import fi.polku.api.InvalidRequestException;
import fi.polku.api.RequestValidation;
import fi.polku.engine.EngineUser;
import fi.polku.journey.JourneyProcess;
import fi.polku.participant.PersonalDataVariables;
import fi.polku.tasklist.FormValues;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * A referral coordinator starts a journey from Tasklist with the start form {@code referral-start},
 * which submits the referral as the object {@code intake}. This start listener registers it exactly
 * as the API would, names the journey (business key), and removes the personal data from the
 * variables. A journey started over the API already has its id and passes through untouched.
 */
@Component("registerTasklistReferral")
public class RegisterTasklistReferralListener implements ExecutionListener {

    static final String START_FORM = "referral-start";

    private final ReferralIntake intake;
    private final RequestValidation validation;
    private final IdentityService identityService;
    private final ObjectMapper objectMapper;

    public RegisterTasklistReferralListener(ReferralIntake intake, RequestValidation validation,
                                            IdentityService identityService, ObjectMapper objectMapper) {
        this.intake = intake;
        this.validation = validation;
        this.identityService = identityService;
        this.objectMapper = objectMapper;
    }

    @Override
    public void notify(DelegateExecution execution) {
        // Polku itself (the API's intake) starts journeys without a user and names them; a person
        // (engine REST, Tasklist) starts one only with the form, which carries nothing but the referral.
        if (EngineUser.current(identityService).isEmpty() && execution.hasVariable(JourneyProcess.JOURNEY_ID)) {
            return;
        }
        String submitted = submittedText(execution);
        if (submitted == null) {
            throw FormValues.invalid(PersonalDataVariables.INTAKE, "is required: start the journey with the form "
                    + START_FORM + " or through POST /api/v1/referrals");
        }
        UUID journeyId;
        ReferralRequest referral;
        try {
            referral = validation.read(withoutEmptyFields(submitted), ReferralRequest.class);
            journeyId = intake.registerStartedJourney(referral, startedBy());
        } catch (InvalidRequestException | ApiException e) {
            // The engine's form-validation exception: Tasklist shows the message, engine REST answers 400.
            throw FormValues.invalid(PersonalDataVariables.INTAKE, "was not registered: " + e.getMessage());
        }
        execution.removeVariable(PersonalDataVariables.INTAKE);
        execution.setProcessBusinessKey(journeyId.toString());
        execution.setVariable(JourneyProcess.JOURNEY_ID, journeyId.toString());
        execution.setVariable(JourneyProcess.DISPLAY_NAME, referral.participant().displayName());
    }

    /** The submitted referral's JSON text, read without parsing it (a hostile one may not parse). */
    private static String submittedText(DelegateExecution execution) {
        TypedValue typed = execution.getVariableTyped(PersonalDataVariables.INTAKE, false);
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
