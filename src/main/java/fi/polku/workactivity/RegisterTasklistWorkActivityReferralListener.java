package fi.polku.workactivity;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.api.RequestValidation;
import fi.polku.language.Messages;
import fi.polku.participant.PersonalDataVariables;
import fi.polku.tasklist.StartFormIntakeListener;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * A social worker starts a work-activity journey from Tasklist with the start form
 * {@code work-activity-start}, which submits the referral as the object {@code intake}: registered
 * exactly as {@code POST /api/v1/work-activity-referrals} would.
 */
@Component("registerTasklistWorkActivityReferral")
class RegisterTasklistWorkActivityReferralListener extends StartFormIntakeListener<WorkActivityReferralRequest> {

    static final String START_FORM = "work-activity-start";

    private final WorkActivityIntake intake;

    RegisterTasklistWorkActivityReferralListener(WorkActivityIntake intake, RequestValidation validation,
                                                 IdentityService identityService, ObjectMapper objectMapper,
                                                 Messages messages) {
        super(WorkActivityReferralRequest.class, PersonalDataVariables.INTAKE, START_FORM,
                WorkActivityReferralController.PATH, validation, identityService, objectMapper, messages);
        this.intake = intake;
    }

    @Override
    protected UUID register(WorkActivityReferralRequest referral, String startedBy) {
        return intake.registerStartedJourney(referral, startedBy);
    }

    @Override
    protected String displayName(WorkActivityReferralRequest referral) {
        return referral.participant().displayName();
    }
}
