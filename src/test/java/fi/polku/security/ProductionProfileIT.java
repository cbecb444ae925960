package fi.polku.security;

import static fi.polku.security.SecurityHardeningIT.sameSite;
import static fi.polku.security.SecurityHardeningIT.setCookie;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The production profile on top of the test one: a second application. Camunda keeps its engines
 * (by name) and its webapps' runtime in JVM-wide state, which this application would take over
 * from the shared one of the other integration tests, so the build runs this class in a JVM of its
 * own (failsafe execution "production-profile"). Its own engine name and database keep the two
 * engines apart should a selection (-Dit.test=...) run it with other classes; the webapps of the
 * other application still fail after it. The test users' passwords
 * are their names, which the production profile refuses (IdentitySetupTest); they are allowed here
 * to start it at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "polku.db.embedded.data-directory=target/test-postgres-production",
        "camunda.bpm.process-engine-name=production",
        "polku.identity.demo-passwords-allowed=true",
        "polku.test.webhook-url=http://127.0.0.1:9"})
@ActiveProfiles({"test", "production"})
@DirtiesContext
class ProductionProfileIT {

    @Autowired
    private TestRestTemplate http;

    @Test
    void theApiDescriptionIsNotServed() {
        for (String user : new String[] {null, "admin"}) {
            for (String path : List.of("/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui.html",
                    "/swagger-ui/index.html")) {
                assertThat(get(user, path).getStatusCode()).as(user + " " + path).isEqualTo(HttpStatus.NOT_FOUND);
            }
        }
    }

    @Test
    void actuatorShowsHealthWithoutDetailsAndInfoOnly() {
        ResponseEntity<String> health = get(null, "/actuator/health");
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).contains("\"status\":\"UP\"").doesNotContain("components", "details", "db");
        assertThat(get(null, "/actuator/health/liveness").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(null, "/actuator/info").getStatusCode()).isEqualTo(HttpStatus.OK);
        // Metrics are not exposed at all; their authentication still answers first.
        assertThat(get(null, "/actuator/metrics").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        for (String path : List.of("/actuator/metrics", "/actuator/env", "/actuator/beans", "/actuator/configprops",
                "/actuator/loggers", "/actuator/heapdump")) {
            assertThat(get("admin", path).getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void cookiesAreSecureHttpOnlyAndSameSiteStrict() {
        ResponseEntity<String> page = get(null, "/camunda/app/tasklist/");
        String session = setCookie(page, "JSESSIONID");
        assertThat(session).contains("Secure", "HttpOnly");
        assertThat(sameSite(session)).isEqualTo("Strict");
        String csrf = setCookie(page, "XSRF-TOKEN");
        assertThat(csrf).contains("Secure");
        assertThat(sameSite(csrf)).isEqualTo("Strict");

        String apiSession = setCookie(get(null, "/camunda/api/engine/engine/default/task/count"), "JSESSIONID");
        assertThat(apiSession).contains("Secure", "HttpOnly");
        assertThat(sameSite(apiSession)).isEqualTo("Strict");
    }

    @Test
    void browsersAreToldToKeepToHttps() {
        assertThat(get(null, "/camunda/app/tasklist/").getHeaders().getFirst("Strict-Transport-Security"))
                .startsWith("max-age=31536000");
    }

    private ResponseEntity<String> get(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, user);
        }
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
