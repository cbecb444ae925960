package fi.polku.supplement;

import fi.polku.security.Role;
import fi.polku.security.TasklistStart;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A supplement handler records a paper application from Tasklist's start form; nobody else starts one there. */
@Configuration(proxyBeanMethods = false)
class SupplementStartFromTasklist {

    @Bean
    TasklistStart supplementHandlersRecordPaperApplications() {
        return new TasklistStart(Role.SUPPLEMENT_HANDLERS, SupplementProcess.KEY);
    }
}
