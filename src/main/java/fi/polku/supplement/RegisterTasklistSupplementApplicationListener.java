package fi.polku.supplement;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.api.RequestValidation;
import fi.polku.language.Messages;
import fi.polku.participant.PersonalDataVariables;
import fi.polku.tasklist.StartFormIntakeListener;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * A supplement handler records a paper application from Tasklist with the start form
 * {@code supplement-application-start}, which submits the application as the object {@code intake}:
 * received exactly as {@code POST /api/v1/supplement-applications} would (the same validation and
 * rules), as channel {@code PAPER}. The same employer application id again is refused naming the
 * application it already is.
 */
@Component("registerTasklistSupplementApplication")
class RegisterTasklistSupplementApplicationListener extends StartFormIntakeListener<SupplementApplicationRequest> {

    static final String START_FORM = "supplement-application-start";

    private final SupplementIntake intake;

    RegisterTasklistSupplementApplicationListener(SupplementIntake intake, RequestValidation validation,
                                                  IdentityService identityService, ObjectMapper objectMapper,
                                                  Messages messages) {
        super(SupplementApplicationRequest.class, PersonalDataVariables.INTAKE, START_FORM,
                SupplementApplicationController.PATH, validation, identityService, objectMapper, messages);
        this.intake = intake;
    }

    @Override
    protected UUID register(SupplementApplicationRequest application, String startedBy) {
        return intake.receiveStarted(application, startedBy);
    }

    @Override
    protected String displayName(SupplementApplicationRequest application) {
        return application.employer().name().strip();
    }

    @Override
    protected String idVariable() {
        return SupplementProcess.APPLICATION_ID;
    }
}
