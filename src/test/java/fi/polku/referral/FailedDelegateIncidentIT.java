package fi.polku.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A step that fails: the city deploys an eligibility table with a gap in its rules, which the
 * business-rule task "Check eligibility" then calls. The check is retried as modelled (R3/PT5M),
 * then stands as an incident in Cockpit whose message says what to do; once the table is corrected
 * and the job retried, the journey continues.
 */
class FailedDelegateIncidentIT extends IntegrationTest {

    private static final String TABLE = "processes/referral-eligibility.dmn";

    @Autowired
    RepositoryService repositoryService;

    @AfterEach
    void restoreTheTable() throws IOException {
        deployTable(original());
    }

    @Test
    void aFailingCheckBecomesAReadableIncidentAfterItsRetriesAndContinuesOnceFixed() throws IOException {
        deployTable(original().replaceAll("(?s)<rule .*?</rule>", ""));
        String journeyId = createJourney(referral());
        String referralInstance = runtimeService.createProcessInstanceQuery().processDefinitionKey("referral")
                .processInstanceBusinessKey(journeyId).singleResult().getId();
        // the job executor's first attempt fails; the next is due in five minutes (R3/PT5M) ...
        Job check = await().atMost(Duration.ofSeconds(20)).until(
                () -> managementService.createJobQuery().processInstanceId(referralInstance).singleResult(),
                job -> job.getRetries() == 2);
        assertThat(check.getDuedate()).isAfter(Date.from(Instant.now().plus(Duration.ofMinutes(4))));
        assertThat(check.getExceptionMessage()).contains("matched no rule");
        assertThat(runtimeService.createIncidentQuery().processInstanceId(referralInstance).count()).isZero();
        // ... the two retries are run here rather than waited for
        for (int retriesLeft = 1; retriesLeft >= 0; retriesLeft--) {
            assertThatThrownBy(() -> managementService.executeJob(check.getId())).hasMessageContaining("matched no rule");
            assertThat(managementService.createJobQuery().jobId(check.getId()).singleResult().getRetries())
                    .isEqualTo(retriesLeft);
        }

        Incident incident = runtimeService.createIncidentQuery().configuration(check.getId()).singleResult();
        assertThat(incident.getIncidentType()).isEqualTo("failedJob");
        assertThat(incident.getActivityId()).isEqualTo("Task_CheckEligibility");
        assertThat(incident.getIncidentMessage()).startsWith("Decision table 'referral-eligibility' matched no rule")
                .contains("deploy it and retry").doesNotContain("Exception").doesNotContain("helsinki");
        // a manager sees the same message in Cockpit (engine REST, their own authorizations)
        JsonNode shown = http.withBasicAuth("manager", "manager")
                .getForObject("/engine-rest/incident?maxResults=10&processInstanceId=" + incident.getProcessInstanceId(), JsonNode.class);
        assertThat(shown.path(0).path("incidentMessage").asText()).as(shown.toString()).isEqualTo(incident.getIncidentMessage());
        assertThat(status(journeyId).path("eligibility").isMissingNode()).isTrue();

        deployTable(original());
        // Cockpit's "Retry" (one more attempt, due now)
        managementService.setJobRetries(check.getId(), 1);
        managementService.setJobDuedate(check.getId(), new Date());

        awaitTask(journeyId, "Task_HoldSuitabilityInterview");
        assertThat(runtimeService.createIncidentQuery().processInstanceId(incident.getProcessInstanceId()).count()).isZero();
    }

    private void deployTable(String dmn) {
        repositoryService.createDeployment().name("eligibility table (test)").enableDuplicateFiltering(true)
                .addString(TABLE, dmn).deploy();
    }

    private static String original() throws IOException {
        try (InputStream in = FailedDelegateIncidentIT.class.getClassLoader().getResourceAsStream(TABLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
