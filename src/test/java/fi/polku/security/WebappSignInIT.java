package fi.polku.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.support.OidcProvider;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Staff sign in to the webapps through the identity provider (a real OpenID Connect server on
 * loopback): the redirect flow with PKCE, the user and groups Camunda's webapps and engine then see,
 * the refusal of a user without a Polku group, and the sign-out at the provider. A JVM of its own
 * (failsafe execution "webapp-sign-in"): Camunda keeps its webapps' runtime in JVM-wide state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "polku.db.embedded.data-directory=target/test-postgres-sign-in",
        "polku.test.webhook-url=http://127.0.0.1:9",
        "polku.security.oidc.webapp-sign-in.enabled=true",
        "polku.security.oidc.webapp-sign-in.client-id=polku-webapps",
        "polku.security.oidc.webapp-sign-in.client-secret=webapps-secret"})
@ActiveProfiles("test")
@DirtiesContext
class WebappSignInIT {

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
    private int port;
    @Autowired
    private IdentityService identityService;
    @Autowired
    private ObjectMapper objectMapper;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aJobCoachSignsInThroughTheProviderAndTheEngineSeesTheirGroups() throws Exception {
        OIDC.nextToken("kaisa.coach@city.example", Map.of("preferred_username", "kaisa.coach@city.example",
                "given_name", "Kaisa", "family_name", "Kallio", "email", "kaisa.coach@city.example",
                "groups", List.of("job-coaches", "some-other-city-group")));

        HttpResponse<String> page = signIn("/camunda/app/tasklist/default/");

        assertThat(page.statusCode()).isEqualTo(200);
        JsonNode me = json(get("/camunda/api/admin/auth/user/default"));
        assertThat(me.get("userId").asText()).isEqualTo("kaisa.coach@city.example");
        assertThat(me.get("authorizedApps").toString()).contains("tasklist").doesNotContain("cockpit", "admin");
        User user = identityService.createUserQuery().userId("kaisa.coach@city.example").singleResult();
        assertThat(user.getFirstName()).isEqualTo("Kaisa");
        assertThat(user.getLastName()).isEqualTo("Kallio");
        assertThat(identityService.createGroupQuery().groupMember("kaisa.coach@city.example").list())
                .extracting(Group::getId).containsExactly("job-coaches");
        // The webapps' engine API answers as that user (Tasklist's own calls).
        assertThat(get("/camunda/api/engine/engine/default/task?maxResults=5").statusCode()).isEqualTo(200);

        // Sign-out ends the session here and sends the browser to the provider's end-session endpoint.
        HttpResponse<String> out = get("/sign-out");
        assertThat(out.statusCode()).isEqualTo(302);
        String location = out.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(OIDC.issuer()).contains("id_token_hint=")
                .contains("post_logout_redirect_uri=");
        assertThat(get("/camunda/api/engine/engine/default/task?maxResults=5").statusCode()).isEqualTo(401);
    }

    @Test
    void theWebappsOwnLogoutEndsThePolkuSession() throws Exception {
        OIDC.nextToken("lead-oidc", Map.of("given_name", "Tuula", "family_name", "Toivonen",
                "groups", List.of("/polku/team-leads")));
        assertThat(signIn("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        assertThat(json(get("/camunda/api/admin/auth/user/default")).get("userId").asText()).isEqualTo("lead-oidc");

        String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .findFirst().orElseThrow().getValue();
        HttpResponse<String> logout = browser.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/logout"))
                .header("X-XSRF-TOKEN", csrf).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(logout.statusCode()).isLessThan(300);
        assertThat(get("/camunda/api/engine/engine/default/task?maxResults=5").statusCode()).isEqualTo(401);
    }

    @Test
    void aUserWithoutAPolkuGroupIsRefusedWithAPageSayingWhy() throws Exception {
        OIDC.nextToken("stranger@city.example", Map.of("preferred_username", "stranger@city.example",
                "groups", List.of("library-staff")));

        HttpResponse<String> page = signIn("/camunda/app/tasklist/default/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("No access to Polku", "Ei käyttöoikeutta Polkuun", "Ingen åtkomst till Polku");
        assertThat(identityService.createUserQuery().userId("stranger@city.example").count()).isZero();
        assertThat(get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
    }

    @Test
    void theWebappsApiWithoutASignInIsUnauthorizedNotARedirect() throws Exception {
        assertThat(get("/camunda/api/engine/engine/default/task?maxResults=5").statusCode()).isEqualTo(401);
        HttpResponse<String> page = get("/camunda/app/cockpit/default/");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/oauth2/authorization/polku");
    }

    /** Follows the redirects from the page through the provider and back, checking PKCE on the way. */
    private HttpResponse<String> signIn(String path) throws Exception {
        HttpResponse<String> response = get(path);
        boolean sawPkce = false;
        for (int hop = 0; hop < 8 && response.statusCode() == 302; hop++) {
            String location = response.headers().firstValue("Location").orElseThrow();
            if (location.startsWith(OIDC.issuer())) {
                assertThat(location).contains("code_challenge=").contains("code_challenge_method=S256");
                sawPkce = true;
            }
            response = fetch(location.startsWith("http") ? URI.create(location) : url(location));
        }
        assertThat(sawPkce).as("the authorization request carried a PKCE challenge").isTrue();
        return response;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return fetch(url(path));
    }

    private HttpResponse<String> fetch(URI uri) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri).header("Accept", "text/html,application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return objectMapper.readTree(response.body());
    }
}
