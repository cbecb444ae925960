package fi.polku.referral;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.api.RequestValidation;
import fi.polku.language.Messages;
import fi.polku.participant.PersonalDataVariables;
import fi.polku.tasklist.StartFormIntakeListener;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * A referral coordinator starts a journey from Tasklist with the start form {@code referral-start},
 * which submits the referral as the object {@code intake}: registered exactly as the API would.
 */
@Component("registerTasklistReferral")
public class RegisterTasklistReferralListener extends StartFormIntakeListener<ReferralRequest> {

    static final String START_FORM = "referral-start";

    private final ReferralIntake intake;

    public RegisterTasklistReferralListener(ReferralIntake intake, RequestValidation validation,
                                            IdentityService identityService, ObjectMapper objectMapper,
                                            Messages messages) {
        super(ReferralRequest.class, PersonalDataVariables.INTAKE, START_FORM, "/api/v1/referrals", validation,
                identityService, objectMapper, messages);
        this.intake = intake;
    }

    @Override
    protected UUID register(ReferralRequest referral, String startedBy) {
        return intake.registerStartedJourney(referral, startedBy);
    }

    @Override
    protected String displayName(ReferralRequest referral) {
        return referral.participant().displayName();
    }
}
