package fi.polku.referral;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.api.ApiException;
import fi.polku.api.InvalidRequestException;
import fi.polku.api.RequestValidation;
import fi.polku.journey.JourneyProcess;
import fi.polku.participant.PersonalDataVariables;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * A referral coordinator starts a journey from Tasklist with the start form {@code referral-start},
 * which submits the referral as the object {@code intake}. This start listener registers it exactly
 * as the API would, names the journey (business key), and removes the personal data from the
 * variables. A journey started over the API already has its id and passes through untouched.
 */
@Component("registerTasklistReferral")
public class RegisterTasklistReferralListener implements ExecutionListener {

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
        if (execution.hasVariable(JourneyProcess.JOURNEY_ID)) {
            return;
        }
        Object submitted = execution.getVariable(PersonalDataVariables.INTAKE);
        if (submitted == null) {
            throw new FormFieldValidationException(PersonalDataVariables.INTAKE, "Start the journey with the form "
                    + "referral-start or through POST /api/v1/referrals");
        }
        UUID journeyId;
        ReferralRequest referral;
        try {
            referral = validation.read(withoutEmptyFields(submitted.toString()), ReferralRequest.class);
            journeyId = intake.registerStartedJourney(referral, startedBy());
        } catch (InvalidRequestException | ApiException e) {
            // The engine's form-validation exception: Tasklist shows the message, engine REST answers 400.
            throw new FormFieldValidationException(PersonalDataVariables.INTAKE,
                    "The referral was not registered: " + e.getMessage());
        }
        execution.removeVariable(PersonalDataVariables.INTAKE);
        execution.setProcessBusinessKey(journeyId.toString());
        execution.setVariable(JourneyProcess.JOURNEY_ID, journeyId.toString());
        execution.setVariable(JourneyProcess.DISPLAY_NAME, referral.participant().displayName());
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
        var authentication = identityService.getCurrentAuthentication();
        return authentication == null ? "tasklist" : authentication.getUserId();
    }
}
