package fi.polku.reporting;

import fi.polku.security.WebappSessionApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Cockpit's Journeys page reads the dashboard API with the manager's webapp session. */
@Configuration(proxyBeanMethods = false)
class JourneysPageSession {

    @Bean
    WebappSessionApi journeysPage() {
        return new WebappSessionApi(JourneyDashboardController.PATH);
    }
}
