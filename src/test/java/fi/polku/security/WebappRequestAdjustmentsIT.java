package fi.polku.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.support.IntegrationTest;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The webapps' ordinary requests that the engine answered with an error although nothing was wrong
 * ({@link WebappRequestAdjustments}): each answered as "none", and nothing more than that given to
 * anyone.
 */
class WebappRequestAdjustmentsIT extends IntegrationTest {

    private static final String ENGINE_API = "/camunda/api/engine/engine/default";

    @Test
    void nobodySignedInIsNoContentAndASignedInUserIsStillThemselves() {
        assertThat(http.getForEntity("/camunda/api/admin/auth/user/default", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        WebappSession coach = webappLogin("coach", "tasklist");
        ResponseEntity<JsonNode> signedIn = webappRequest(coach, HttpMethod.GET, "/camunda/api/admin/auth/user/default", null);
        assertThat(signedIn.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(signedIn.getBody().path("userId").asText()).isEqualTo("coach");
    }

    @Test
    void noPasswordPolicyIsNoContent() {
        WebappSession coach = webappLogin("coach", "tasklist");
        assertThat(webappRequest(coach, HttpMethod.GET, ENGINE_API + "/identity/password-policy", null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void aTeamMemberSeesNoCommentsAnAdministratorTheEnginesAnswerAndAStrangerNothing() {
        freeAllPlaces();
        Task test = awaitTask(journeyInAssessment(), "Task_RunDigitalSkillsTest");
        String comments = ENGINE_API + "/task/" + test.getId() + "/comment";

        ResponseEntity<JsonNode> coach = webappRequest(webappLogin("coach", "tasklist"), HttpMethod.GET, comments, null);
        assertThat(coach.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(coach.getBody().isArray()).isTrue();
        assertThat(coach.getBody()).isEmpty();

        ResponseEntity<JsonNode> admin = webappRequest(webappLogin("admin", "tasklist"), HttpMethod.GET, comments, null);
        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(http.getForEntity(comments, String.class).getStatusCode()).as("without a session")
                .isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
    }

    @Test
    void cockpitsUnboundedVersionListIsBoundedAtTheEnginesLimitAndOnlyForTheWebapps() {
        String versions = "/process-definition?key=participant-journey&sortBy=version&sortOrder=desc";
        ResponseEntity<JsonNode> webapp = webappRequest(webappLogin("manager", "cockpit"), HttpMethod.GET,
                ENGINE_API + versions, null);
        assertThat(webapp.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(webapp.getBody().size()).isPositive();
        // The integration's engine REST keeps the engine's rule.
        assertThat(call("manager", HttpMethod.GET, "/engine-rest" + versions, null).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
