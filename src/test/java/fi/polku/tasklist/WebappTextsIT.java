package fi.polku.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.language.FormTexts;
import fi.polku.language.Language;
import fi.polku.language.Messages;
import fi.polku.support.IntegrationTest;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * What Tasklist reads from the engine comes in the browser's language ({@link WebappTexts}): the
 * form, the summary's values as words, task, process and filter names; the engine keeps English
 * and codes, and the integration's engine REST stays as the engine answers.
 */
class WebappTextsIT extends IntegrationTest {

    private static final String ENGINE_API = "/camunda/api/engine/engine/default";
    private static final String FINNISH_BROWSER = "fi-FI,fi;q=0.9,en-US;q=0.8,en;q=0.7";
    private static final String SWEDISH_BROWSER = "sv-SE,sv;q=0.9,en;q=0.8";

    @Autowired
    Messages messages;
    @Autowired
    ObjectMapper objectMapper;

    @Test
    void aFinnishCoachReadsTheInterviewFormAndItsSummaryInFinnish() throws Exception {
        freeAllPlaces();
        Task interview = awaitTask(createJourney(referral()), "Task_HoldSuitabilityInterview");
        WebappSession coach = webappLogin("coach", "tasklist");

        JsonNode form = webappRequest(coach, HttpMethod.GET, ENGINE_API + "/task/" + interview.getId() + "/deployed-form",
                null, FINNISH_BROWSER).getBody();
        Map<String, String> finnish = FormTexts.of(form);
        assertThat(finnish).isNotEmpty().allSatisfy((key, text) ->
                assertThat(text).as(key).isEqualTo(messages.text(Language.FI, key)));
        assertThat(finnish.get("form.hold-suitability-interview.interviewOutcome.option.NO_SHOW")).isEqualTo("Ei saapunut paikalle");

        JsonNode english = webappRequest(coach, HttpMethod.GET, ENGINE_API + "/task/" + interview.getId() + "/deployed-form",
                null, "en-GB").getBody();
        assertThat(FormTexts.of(english).get("form.hold-suitability-interview.interviewOutcome.option.NO_SHOW"))
                .isEqualTo("Did not attend");

        JsonNode summary = summary(webappRequest(coach, HttpMethod.GET,
                ENGINE_API + "/task/" + interview.getId() + "/form-variables?deserializeValues=false", null, FINNISH_BROWSER), "referral");
        assertThat(summary.get("ict_background").asText()).isEqualTo("ammatillinen tutkinto");
        assertThat(summary.get("labour_market_status").asText()).isEqualTo("työtön");
        assertThat(summary.get("preferred_language").asText()).isEqualTo("suomi");
        assertThat(summary.get("sharing_with_partners").asText()).isEqualTo("kyllä");
        assertThat(summary.get("education_level").asText()).isEqualTo("toinen aste (ISCED 3)");
        JsonNode englishSummary = summary(webappRequest(coach, HttpMethod.GET,
                ENGINE_API + "/task/" + interview.getId() + "/form-variables?deserializeValues=false", null, "en"), "referral");
        assertThat(englishSummary.get("ict_background").asText()).isEqualTo("vocational qualification");
        // The engine keeps the codes.
        assertThat(taskService.getVariableLocal(interview.getId(), "referral").toString()).contains("\"VOCATIONAL\"");
    }

    @Test
    void aSwedishCoordinatorReadsTaskProcessAndFilterNamesInSwedishAndNothingStoredChanges() {
        freeAllPlaces();
        String journeyId = createJourney(referral());
        Task interview = awaitTask(journeyId, "Task_HoldSuitabilityInterview");
        WebappSession coach = webappLogin("coach", "tasklist");

        JsonNode task = webappRequest(coach, HttpMethod.GET, ENGINE_API + "/task/" + interview.getId(), null,
                SWEDISH_BROWSER).getBody();
        assertThat(task.get("name").asText()).isEqualTo(messages.text(Language.SV, "task.Task_HoldSuitabilityInterview"))
                .isNotEqualTo("Hold suitability interview");

        JsonNode filters = webappRequest(coach, HttpMethod.GET, ENGINE_API + "/filter?resourceType=Task&itemCount=true",
                null, SWEDISH_BROWSER).getBody();
        JsonNode open = null;
        for (JsonNode filter : filters) {
            if (filter.get("name").asText().equals("Jobbcoacher: öppna")) {
                open = filter;
            }
        }
        assertThat(open).as("the job coaches' open filter in Swedish, among %s", filters).isNotNull();
        assertThat(open.at("/properties/variables/0/label").asText()).isEqualTo("Deltagare");

        JsonNode list = webappRequest(coach, HttpMethod.POST,
                ENGINE_API + "/filter/" + open.get("id").asText() + "/list?firstResult=0&maxResults=50", "{}", SWEDISH_BROWSER)
                .getBody();
        assertThat(list.findValuesAsText("name")).contains(messages.text(Language.SV, "task.Task_HoldSuitabilityInterview"))
                .doesNotContain("Hold suitability interview");
        JsonNode startable = webappRequest(coach, HttpMethod.GET,
                ENGINE_API + "/process-definition?latest=true&startableInTasklist=true&maxResults=15", null, SWEDISH_BROWSER)
                .getBody();
        assertThat(startable.findValuesAsText("name")).contains(messages.text(Language.SV, "process.participant-journey"))
                .doesNotContain("Participant journey");

        // Stored and the integration's API: English, as the models say.
        assertThat(taskService.createTaskQuery().taskId(interview.getId()).singleResult().getName())
                .isEqualTo("Hold suitability interview");
        assertThat(call("coach", HttpMethod.GET, "/engine-rest/task/" + interview.getId(), null).getBody()
                .get("name").asText()).isEqualTo("Hold suitability interview");
    }

    private JsonNode summary(ResponseEntity<JsonNode> variables, String name) throws Exception {
        return objectMapper.readTree(variables.getBody().at("/" + name + "/value").asText());
    }
}
