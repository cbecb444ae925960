package fi.polku.workactivity;

import fi.polku.journey.JourneyType;
import fi.polku.security.Role;
import fi.polku.security.TasklistStart;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A social worker refers a client to the work-activity journey from Tasklist's start form. */
@Configuration(proxyBeanMethods = false)
class WorkActivityStartFromTasklist {

    @Bean
    TasklistStart socialWorkersStartWorkActivityJourneys() {
        return new TasklistStart(Role.SOCIAL_WORKERS, JourneyType.WORK_ACTIVITY.processKey());
    }
}
