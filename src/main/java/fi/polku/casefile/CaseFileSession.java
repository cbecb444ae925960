package fi.polku.casefile;

import fi.polku.security.WebappSessionApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tasklist's case-file tab calls the case-file API with the signed-in user's webapp session. */
@Configuration(proxyBeanMethods = false)
class CaseFileSession {

    @Bean
    WebappSessionApi caseFileTab() {
        return new WebappSessionApi(CaseFileController.PATH);
    }
}
