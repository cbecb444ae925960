package fi.polku.referral;

import fi.polku.journey.JourneyProcess;
import fi.polku.security.Role;
import fi.polku.security.TasklistStart;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A referral by phone or e-mail: a coordinator starts the journey from Tasklist's start form. */
@Configuration(proxyBeanMethods = false)
class ReferralStartFromTasklist {

    @Bean
    TasklistStart coordinatorsStartJourneys() {
        return new TasklistStart(Role.REFERRAL_COORDINATORS, JourneyProcess.KEY);
    }
}
