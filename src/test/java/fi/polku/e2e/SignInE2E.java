package fi.polku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.support.OidcProvider;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A job coach signs in to Tasklist in Chromium through the identity provider's redirects (the
 * in-process OpenID Connect server issues the coach's ID token), sees their name and their group's
 * filters, and signs out at the provider. An application of its own (webapp sign-in on), so a JVM of
 * its own: failsafe execution "e2e-sign-in".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "polku.db.embedded.data-directory=target/test-postgres-e2e-sign-in",
        "polku.test.webhook-url=http://127.0.0.1:9",
        "polku.security.oidc.webapp-sign-in.enabled=true",
        "polku.security.oidc.webapp-sign-in.client-id=polku-webapps",
        "polku.security.oidc.webapp-sign-in.client-secret=webapps-secret"})
@ActiveProfiles("test")
@DirtiesContext
class SignInE2E {

    private static final OidcProvider OIDC = OidcProvider.start();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("polku.security.oidc.issuer-uri", OIDC::issuer);
    }

    @AfterAll
    static void stopProvider() {
        OIDC.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;

    @Test
    void aJobCoachSignsInToTasklistAtTheProviderAndSignsOutThere() {
        OIDC.nextToken("joonas.coach@city.example", Map.of("preferred_username", "joonas.coach@city.example",
                "given_name", "Joonas", "family_name", "Jokela", "email", "joonas.coach@city.example",
                "groups", List.of("job-coaches")));
        try (Browser browser = new Browser("http://localhost:" + port)) {
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
            browser.driver().get("http://localhost:" + port + "/camunda/app/tasklist/");

            // No login form: the provider's redirects bring the browser back signed in.
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Joonas Jokela"));
            assertThat(browser.driver().findElements(By.cssSelector("input[ng-model='username']"))).isEmpty();
            // The group of the token: the job coaches' filter, as a configured job coach has.
            assertThat(browser.filterNames()).containsExactly("Job coaches: open", "My tasks", "Overdue");
            browser.screenshot("sign-in-tasklist");
            assertThat(identityService.createGroupQuery().groupMember("joonas.coach@city.example").list())
                    .extracting(Group::getId).containsExactly("job-coaches");

            browser.driver().get("http://localhost:" + port + "/sign-out");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "You have signed out"));
            browser.driver().get("http://localhost:" + port + "/camunda/api/admin/auth/user/default");
            assertThat(browser.driver().getPageSource()).doesNotContain("joonas.coach@city.example");
        }
    }
}
