package fi.polku.supplement;

import fi.polku.security.WebappSessionApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Cockpit's "Supplement" page reads the figures API with the signed-in handler's or manager's webapp session. */
@Configuration(proxyBeanMethods = false)
class SupplementFiguresPageSession {

    @Bean
    WebappSessionApi supplementFiguresPage() {
        return new WebappSessionApi(SupplementFiguresController.PATH);
    }
}
