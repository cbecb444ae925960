package fi.polku.supplement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.journey.JourneyCalendar;
import fi.polku.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A supplement application handled in the whole application on PostgreSQL: checked, prepared by one
 * handler, refused to that handler for approval through Tasklist's own API and engine REST (four
 * eyes), approved by the other, the employer told in its language, paid in two instalments through
 * a payment file that holds each instalment exactly once, also under concurrent calls; and an
 * employment that ended early recomputed into a recovery.
 */
class SupplementHandlingIT extends IntegrationTest {

    private static final String APPLICATIONS = "/api/v1/supplement-applications";

    private String apply(String language) {
        ObjectNode application = supplementApplication().put("language", language);
        ResponseEntity<JsonNode> created = post("integration", APPLICATIONS, application);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("applicationId").asText();
    }

    private String applicationStatus(String id) {
        return jdbc.queryForObject("select status from supplement_application where id = ?::uuid", String.class, id);
    }

    /** Checked as complete and prepared as accepted by "handler"; returns the approval task. */
    private Task preparedByHandler(String id) {
        work("handler", "supplement-handlers", awaitTask(id, "Task_CheckApplication"), Map.of("checkOutcome", "COMPLETE"));
        work("handler", "supplement-handlers", awaitTask(id, "Task_PrepareDecision"), Map.of("proposedDecision", "ACCEPT",
                "monthlyAmountEur", 1400.0, "supplementMonths", 6, "decisionText", "Helsingforstillägget beviljas."));
        return awaitTask(id, "Task_ApproveDecision");
    }

    private ResponseEntity<String> export(String date) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("integration", "integration");
        headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));
        return http.exchange("/api/v1/supplement-payments/export?date=" + date, HttpMethod.GET, new HttpEntity<>(headers),
                String.class);
    }

    private List<String> rowsOf(ResponseEntity<String> file, String id) {
        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        return file.getBody().lines().filter(line -> line.contains(id)).toList();
    }

    @Test
    void thePreparerCannotApproveThroughTasklistNorEngineRestAndAnotherHandlerDoes() {
        String id = apply("sv");
        awaitTask(id, "Task_CheckApplication");
        assertThat(jdbc.queryForMap("select eligible, computed_monthly_eur, computed_months, computed_total_eur"
                + " from supplement_application where id = ?::uuid", id)).containsEntry("eligible", true)
                .containsEntry("computed_monthly_eur", new BigDecimal("1400.00")).containsEntry("computed_months", 6)
                .containsEntry("computed_total_eur", new BigDecimal("8400.00"));
        Task approval = preparedByHandler(id);
        String task = "/engine-rest/task/" + approval.getId();

        // Engine REST: the preparer does not even see the task, and can neither claim nor complete it.
        assertThat(get("handler", "/engine-rest/task?maxResults=50&processInstanceBusinessKey=" + id).getBody()).isEmpty();
        assertThat(call("handler", HttpMethod.POST, task + "/claim", "{\"userId\": \"handler\"}").getStatusCode().value())
                .isIn(403, 404);
        assertThat(call("handler", HttpMethod.POST, task + "/submit-form", "{\"variables\": {\"approval\": {\"value\": "
                + "\"APPROVE\"}, \"caseNumber\": {\"value\": \"HEL 2026-1\"}}}").getStatusCode().value()).isIn(403, 404);
        // Tasklist's own API, in the preparer's session: the same.
        WebappSession preparer = webappLogin("handler", "tasklist");
        String webappTask = "/camunda/api/engine/engine/default/task/" + approval.getId();
        assertThat(webappRequest(preparer, HttpMethod.POST, webappTask + "/claim", "{\"userId\": \"handler\"}")
                .getStatusCode().value()).isIn(403, 404);
        assertThat(webappRequest(preparer, HttpMethod.POST, webappTask + "/submit-form", "{\"variables\": {\"approval\": "
                + "{\"value\": \"APPROVE\"}, \"caseNumber\": {\"value\": \"HEL 2026-1\"}}}").getStatusCode().value())
                .isIn(403, 404);
        assertThat(taskService.createTaskQuery().taskId(approval.getId()).singleResult().getAssignee()).isNull();
        assertThat(jdbc.queryForObject("select approved_by from supplement_application where id = ?::uuid", String.class,
                id)).isNull();

        // The other handler approves in Tasklist.
        WebappSession approver = webappLogin("handler2", "tasklist");
        assertThat(webappRequest(approver, HttpMethod.POST, webappTask + "/claim", "{\"userId\": \"handler2\"}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(webappRequest(approver, HttpMethod.POST, webappTask + "/submit-form", "{\"variables\": {\"approval\": "
                + "{\"value\": \"APPROVE\"}, \"caseNumber\": {\"value\": \"HEL 2026-000042\"}}}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        await().atMost(Duration.ofSeconds(20)).until(() -> "ACCEPTED".equals(applicationStatus(id)));
        assertThat(jdbc.queryForMap("select prepared_by, approved_by, case_number, decision_total_eur from"
                + " supplement_application where id = ?::uuid", id)).containsEntry("prepared_by", "handler")
                .containsEntry("approved_by", "handler2").containsEntry("case_number", "HEL 2026-000042")
                .containsEntry("decision_total_eur", new BigDecimal("8400.00"));
        assertThat(jdbc.queryForList("select amount_eur from supplement_instalment where application_id = ?::uuid",
                BigDecimal.class, id)).containsExactly(new BigDecimal("4200.00"));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("select count(*) from outbox_message"
                + " where type = 'SUPPLEMENT_DECIDED' and payload->>'applicationId' = ?", Long.class, id) == 1);
        Map<String, Object> message = jdbc.queryForMap("select payload->>'language' as language,"
                + " payload->'message'->>'subject' as subject, payload->'message'->>'text' as text from outbox_message"
                + " where type = 'SUPPLEMENT_DECIDED' and payload->>'applicationId' = ?", id);
        assertThat(message).containsEntry("language", "sv");
        assertThat((String) message.get("subject")).startsWith("Beslut om ansökan");
        assertThat((String) message.get("text")).contains("HEL 2026-000042", "stödet beviljas enligt beslutet");
        assertThat((String) message.get("text")).doesNotContain("Aino", "1998-04-12");
        assertThat(get("integration", APPLICATIONS + "/" + id).getBody().get("status").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void eachInstalmentIsInExactlyOnePaymentFileEvenWhenAskedForConcurrently() throws Exception {
        String id = apply("fi");
        Task approval = preparedByHandler(id);
        work("handler2", "supplement-handlers", approval, Map.of("approval", "APPROVE", "caseNumber", "HEL 2026-7"));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("select count(*) from supplement_instalment"
                + " where application_id = ?::uuid", Long.class, id) == 1);

        String today = JourneyCalendar.today().toString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<List<String>> files = new ArrayList<>();
        try {
            List<Callable<ResponseEntity<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> export(today));
            }
            for (Future<ResponseEntity<String>> file : pool.invokeAll(calls)) {
                files.add(rowsOf(file.get(), id));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(files).allSatisfy(rows -> assertThat(rows).hasSize(1).isEqualTo(files.get(0)));
        String row = files.get(0).get(0);
        assertThat(row).contains(";1;\"HEL 2026-7\";", ";FI4950009420028730;4200.00;", ";" + today);
        assertThat(rowsOf(export(today), id)).as("the same day again: the same file").isEqualTo(files.get(0));
        assertThat(rowsOf(export(LocalDate.parse(today).plusDays(1).toString()), id)).as("never in a later file").isEmpty();
        assertThatThrownBy(() -> jdbc.update("update supplement_instalment set amount_eur = 1 where application_id = ?::uuid",
                id)).as("an exported instalment is never changed").hasMessageContaining("never changed");

        // The employer reports the realised pay: the second instalment is the rest of the earned half.
        ResponseEntity<JsonNode> realised = post("integration", APPLICATIONS + "/" + id + "/events",
                "{\"type\": \"PAY_REALISED\", \"data\": {\"realisedPayEur\": 16800}}");
        assertThat(realised.getStatusCode()).isEqualTo(HttpStatus.OK);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("select count(*) from supplement_instalment"
                + " where application_id = ?::uuid", Long.class, id) == 2);
        assertThat(jdbc.queryForList("select amount_eur from supplement_instalment where application_id = ?::uuid"
                + " order by number", BigDecimal.class, id)).containsExactly(new BigDecimal("4200.00"),
                new BigDecimal("4200.00"));
        String tomorrow = LocalDate.parse(today).plusDays(1).toString();
        assertThat(rowsOf(export(tomorrow), id)).hasSize(1).allSatisfy(second -> assertThat(second).contains(";2;"));
        assertThat(rowsOf(export(today), id)).as("today's file is what it was").isEqualTo(files.get(0));

        assertThat(post("integration", APPLICATIONS + "/" + id + "/events",
                "{\"type\": \"PAY_REALISED\", \"data\": {\"realisedPayEur\": 16800}}").getStatusCode())
                .as("nothing waits for pay any more").isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void anEmploymentThatEndedEarlyIsRecomputedIntoARecovery() {
        String id = apply("en");
        work("handler2", "supplement-handlers", preparedByHandler(id), Map.of("approval", "APPROVE", "caseNumber", "HEL 2026-8"));
        await().atMost(Duration.ofSeconds(20)).until(() -> "ACCEPTED".equals(applicationStatus(id)));
        LocalDate periodStart = jdbc.queryForObject("select period_start from supplement_application where id = ?::uuid",
                LocalDate.class, id);

        ResponseEntity<JsonNode> outside = post("integration", APPLICATIONS + "/" + id + "/events",
                "{\"type\": \"EMPLOYMENT_ENDED\", \"data\": {\"endDate\": \"" + periodStart.minusDays(1) + "\"}}");
        assertThat(outside.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(outside.getBody().at("/errors/0/field").asText()).isEqualTo("data.endDate");

        // Two whole months worked: 2,800 EUR earned, 4,200 EUR already in a payment file.
        ResponseEntity<JsonNode> ended = post("integration", APPLICATIONS + "/" + id + "/events",
                "{\"type\": \"EMPLOYMENT_ENDED\", \"data\": {\"endDate\": \"" + periodStart.plusMonths(2).minusDays(1) + "\"}}");
        assertThat(ended.getStatusCode()).isEqualTo(HttpStatus.OK);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("select count(*) from supplement_recovery"
                + " where application_id = ?::uuid", Long.class, id) == 1);
        assertThat(jdbc.queryForMap("select recomputed_total_eur, paid_eur, amount_eur from supplement_recovery"
                + " where application_id = ?::uuid", id)).containsEntry("recomputed_total_eur", new BigDecimal("2800.00"))
                .containsEntry("paid_eur", new BigDecimal("4200.00")).containsEntry("amount_eur", new BigDecimal("1400.00"));
        await().atMost(Duration.ofSeconds(20)).until(() -> runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(id).count() == 0);
    }

    @Test
    void anApplicationWaitingForInformationTakesTheAnswerOnce() {
        String id = apply("fi");
        work("handler", "supplement-handlers", awaitTask(id, "Task_CheckApplication"), Map.of("checkOutcome", "INFO_MISSING",
                "infoRequest", "Lähettäkää työsopimus"));
        await().atMost(Duration.ofSeconds(20)).until(() -> "INFO_REQUESTED".equals(applicationStatus(id)));
        assertThat(jdbc.queryForObject("select payload->'message'->>'text' from outbox_message where type ="
                + " 'SUPPLEMENT_INFO_REQUESTED' and payload->>'applicationId' = ?", String.class, id))
                .contains("Lähettäkää työsopimus", "30 päivän");

        ResponseEntity<JsonNode> empty = post("integration", APPLICATIONS + "/" + id + "/events",
                "{\"type\": \"SUPPLEMENT_INFO_PROVIDED\", \"data\": {}}");
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(empty.getBody().at("/errors/0/field").asText()).isEqualTo("data.answer");
        assertThat(post("integration", APPLICATIONS + "/" + id + "/events", "{\"type\": \"SUPPLEMENT_INFO_PROVIDED\","
                + " \"data\": {\"answer\": \"Sopimus liitteenä\"}}").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(awaitTask(id, "Task_CheckApplication")).isNotNull();
        assertThat(applicationStatus(id)).isEqualTo("HANDLING");
        assertThat(jdbc.queryForObject("select answer from supplement_info_request where application_id = ?::uuid",
                String.class, id)).isEqualTo("Sopimus liitteenä");
        assertThat(post("integration", APPLICATIONS + "/" + id + "/events", "{\"type\": \"SUPPLEMENT_INFO_PROVIDED\","
                + " \"data\": {\"answer\": \"again\"}}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        // Cancelled by the employer while handled: the instance ends.
        assertThat(post("integration", APPLICATIONS + "/" + id + "/cancellation", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
        assertThat(applicationStatus(id)).isEqualTo("CANCELLED");
    }

    /** The hostile preparer: every way around the four eyes through engine REST is refused, and nothing changes. */
    @Test
    void thePreparerCannotGoAroundTheFourEyes() {
        String id = apply("fi");
        work("handler", "supplement-handlers", awaitTask(id, "Task_CheckApplication"), Map.of("checkOutcome", "COMPLETE"));
        Task prepare = awaitTask(id, "Task_PrepareDecision");
        assertThat(call("handler", HttpMethod.POST, "/engine-rest/task/" + prepare.getId() + "/claim",
                "{\"userId\": \"handler\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        // A routing value smuggled into the preparation is no field of its form.
        ResponseEntity<JsonNode> smuggled = call("handler", HttpMethod.POST, "/engine-rest/task/" + prepare.getId()
                + "/submit-form", "{\"variables\": {\"proposedDecision\": {\"value\": \"ACCEPT\"}, \"monthlyAmountEur\": "
                + "{\"value\": 1400.0}, \"supplementMonths\": {\"value\": 6}, \"decisionText\": {\"value\": \"x\"}, "
                + "\"decisionApproved\": {\"value\": true}}}");
        assertThat(smuggled.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(call("handler", HttpMethod.POST, "/engine-rest/task/" + prepare.getId() + "/submit-form",
                "{\"variables\": {\"proposedDecision\": {\"value\": \"ACCEPT\"}, \"monthlyAmountEur\": {\"value\": 1400.0}, "
                + "\"supplementMonths\": {\"value\": 6}, \"decisionText\": {\"value\": \"Myönnetään.\"}}}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        Task approval = awaitTask(id, "Task_ApproveDecision");
        String task = "/engine-rest/task/" + approval.getId();

        assertThat(call("handler", HttpMethod.POST, task + "/assignee", "{\"userId\": \"handler\"}").getStatusCode().value())
                .as("assign the approval to oneself").isIn(403, 404);
        assertThat(call("handler", HttpMethod.POST, task + "/claim", "{\"userId\": \"handler2\"}").getStatusCode().value())
                .as("claim it for the colleague").isIn(403, 404);
        assertThat(call("handler", HttpMethod.PUT, task + "/variables/decisionApproved", "{\"value\": true}")
                .getStatusCode().value()).as("write the routing value").isIn(403, 404);
        assertThat(call("handler", HttpMethod.POST, task + "/identity-links", "{\"userId\": \"handler\", \"type\": "
                + "\"candidate\"}").getStatusCode().value()).as("make oneself a candidate").isIn(403, 404);
        assertThat(call("handler", HttpMethod.POST, "/engine-rest/message", "{\"messageName\": \"SupplementPayRealised\", "
                + "\"businessKey\": \"" + id + "\"}").getStatusCode().value()).as("skip ahead by a message").isEqualTo(403);

        Task unchanged = taskService.createTaskQuery().taskId(approval.getId()).singleResult();
        assertThat(unchanged.getAssignee()).isNull();
        assertThat(taskService.getIdentityLinksForTask(approval.getId())).noneMatch(link -> "handler".equals(link.getUserId()));
        assertThat(runtimeService.getVariable(approval.getProcessInstanceId(), "decisionApproved")).isNull();
        assertThat(applicationStatus(id)).isEqualTo("HANDLING");
    }

    @Test
    void theHandlersFiguresCountTheMonthsApplicationsDecisionsAndEuros() {
        String today = JourneyCalendar.today().toString();
        String month = today.substring(0, 7);
        String from = JourneyCalendar.today().withDayOfMonth(1).minusMonths(1).toString();
        export(today); // instalments of the other tests, due today, go to today's file first
        JsonNode before = get("handler", "/api/v1/supplement-figures?from=" + from + "&to=" + today).getBody();
        assertThat(before.get("months")).hasSize(2);
        JsonNode thisMonthBefore = before.get("months").get(1);
        assertThat(thisMonthBefore.get("month").asText()).isEqualTo(month);

        String id = apply("fi");
        work("handler2", "supplement-handlers", preparedByHandler(id), Map.of("approval", "APPROVE", "caseNumber", "HEL 2026-9"));
        await().atMost(Duration.ofSeconds(20)).until(() -> "ACCEPTED".equals(applicationStatus(id)));
        export(today);

        JsonNode after = get("manager", "/api/v1/supplement-figures?from=" + from + "&to=" + today).getBody()
                .get("months").get(1);
        assertThat(after.get("received").asLong()).isEqualTo(thisMonthBefore.get("received").asLong() + 1);
        assertThat(after.get("decided").asLong()).isEqualTo(thisMonthBefore.get("decided").asLong() + 1);
        assertThat(after.get("accepted").asLong()).isEqualTo(thisMonthBefore.get("accepted").asLong() + 1);
        assertThat(after.get("rejected").asLong()).isEqualTo(thisMonthBefore.get("rejected").asLong());
        assertThat(after.get("eurosDecided").decimalValue())
                .isEqualByComparingTo(thisMonthBefore.get("eurosDecided").decimalValue().add(new BigDecimal("8400")));
        assertThat(after.get("eurosPaid").decimalValue())
                .isEqualByComparingTo(thisMonthBefore.get("eurosPaid").decimalValue().add(new BigDecimal("4200")));
        assertThat(after.get("medianDaysToDecision").decimalValue()).isNotNegative();
        // Each figure is traceable: the ids it counts, as many as it counts.
        JsonNode trace = after.get("trace");
        assertThat(trace.get("received")).hasSize(after.get("received").asInt());
        assertThat(trace.get("decided")).hasSize(after.get("decided").asInt());
        assertThat(trace.get("accepted")).hasSize(after.get("accepted").asInt());
        assertThat(trace.get("rejected")).hasSize(after.get("rejected").asInt());
        assertThat(trace.get("received").toString()).contains(id);
        assertThat(trace.get("accepted").toString()).contains(id);
        java.util.List<String> paid = new java.util.ArrayList<>();
        trace.get("paidInstalments").forEach(instalment -> paid.add(instalment.asText()));
        assertThat(paid).contains(jdbc.queryForObject("select id::text from supplement_instalment where application_id = ?::uuid"
                + " and number = 1", String.class, id));
        assertThat(jdbc.queryForObject("select coalesce(sum(amount_eur), 0) from supplement_instalment where id::text = any(?)",
                BigDecimal.class, (Object) paid.toArray(String[]::new))).isEqualByComparingTo(after.get("eurosPaid").decimalValue());

        ResponseEntity<JsonNode> backwards = get("handler", "/api/v1/supplement-figures?from=" + today + "&to=" + from);
        assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(backwards.getBody().at("/errors/0/field").asText()).isEqualTo("to");
        assertThat(get("coach", "/api/v1/supplement-figures?from=" + from + "&to=" + today).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }
}
