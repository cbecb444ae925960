package fi.polku.supplement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The employer e-service's calls over HTTP on PostgreSQL: intake, validation, idempotency, status, cancellation. */
class SupplementApplicationApiIT extends IntegrationTest {

    private static final String APPLICATIONS = "/api/v1/supplement-applications";

    private static List<String> fields(ResponseEntity<JsonNode> response) {
        List<String> fields = new ArrayList<>();
        response.getBody().get("errors").forEach(e -> fields.add(e.get("field").asText() + ":" + e.get("rule").asText()));
        return fields;
    }

    private long stored(ObjectNode application) {
        return jdbc.queryForObject("select count(*) from supplement_application where employer_application_id = ?",
                Long.class, application.get("employerApplicationId").asText());
    }

    private ResponseEntity<JsonNode> refused(ObjectNode application) {
        ResponseEntity<JsonNode> response = post("integration", APPLICATIONS, application);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(stored(application)).isZero();
        return response;
    }

    @Test
    void anApplicationIsReceivedOnceWhateverTheRepeats() {
        ObjectNode application = supplementApplication();
        ResponseEntity<JsonNode> created = post("integration", APPLICATIONS, application);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = created.getBody().get("applicationId").asText();
        assertThat(created.getHeaders().getLocation()).hasToString(APPLICATIONS + "/" + id);
        assertThat(created.getBody().get("status").asText()).isEqualTo("RECEIVED");
        assertThat(created.getBody().get("employerApplicationId").asText())
                .isEqualTo(application.get("employerApplicationId").asText());
        assertThat(jdbc.queryForMap("select channel, language, received_by, iban, hours_per_week, employee_last_name"
                + " from supplement_application where id = ?::uuid", id))
                .containsEntry("channel", "API").containsEntry("language", "fi").containsEntry("received_by", "integration")
                .containsEntry("iban", "FI4950009420028730")
                .containsEntry("employee_last_name", application.get("employee").get("lastName").asText());

        ResponseEntity<JsonNode> repeat = post("integration", APPLICATIONS, application);
        assertThat(repeat.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(repeat.getBody().get("applicationId").asText()).isEqualTo(id);
        assertThat(stored(application)).isOne();
    }

    @Test
    void repeatsSentTogetherStoreOneApplication() throws Exception {
        ObjectNode application = supplementApplication();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<ResponseEntity<JsonNode>>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> post("integration", APPLICATIONS, application));
            }
            List<String> statuses = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Future<ResponseEntity<JsonNode>> answer : pool.invokeAll(calls)) {
                statuses.add(answer.get().getStatusCode().toString());
                ids.add(answer.get().getBody().get("applicationId").asText());
            }
            assertThat(statuses).containsOnlyOnce("201 CREATED").filteredOn(s -> !s.equals("201 CREATED"))
                    .containsOnly("200 OK");
            assertThat(ids).containsOnly(ids.get(0));
            assertThat(stored(application)).isOne();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anotherEmployersApplicationUnderTheSameIdIsAConflict() {
        ObjectNode application = supplementApplication();
        assertThat(post("integration", APPLICATIONS, application).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ((ObjectNode) application.get("employer")).put("businessId", freshBusinessId());

        ResponseEntity<JsonNode> response = post("integration", APPLICATIONS, application);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getBody().get("type").asText()).endsWith("/employer-application-id-taken");
        assertThat(stored(application)).isOne();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "FI4950009420028731,       wrong check digits",
            "FI49 5000 9420 0287 30,   spaces",
            "fi4950009420028730,       lower case",
            "FI495000942002873,        a Finnish IBAN is 18 characters",
            "4950009420028730,         no country",
    })
    void anInvalidIbanIsRefused(String iban, String why) {
        ObjectNode application = supplementApplication();
        ((ObjectNode) application.get("employer")).put("iban", iban);
        ResponseEntity<JsonNode> response = refused(application);
        assertThat(fields(response)).as(why).containsExactly("employer.iban:Iban");
        assertThat(response.getBody().get("errors").get(0).get("message").asText()).contains("check digits");
    }

    @Test
    void aForeignIbanWithRightCheckDigitsIsAccepted() {
        ObjectNode application = supplementApplication();
        ((ObjectNode) application.get("employer")).put("iban", "DE89370400440532013000");
        assertThat(post("integration", APPLICATIONS, application).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aBusinessIdWithAWrongCheckDigitIsRefused() {
        ObjectNode application = supplementApplication();
        ((ObjectNode) application.get("employer")).put("businessId", "2837465-4");
        assertThat(fields(refused(application))).containsExactly("employer.businessId:BusinessId");
    }

    @Test
    void everyBrokenFieldRuleIsNamed() {
        ObjectNode application = supplementApplication();
        ((ObjectNode) application.get("employment")).put("hoursPerWeek", 0).put("monthlyPayEur", -1)
                .remove("collectiveAgreement");
        ((ObjectNode) application.get("employee")).put("birthDate", "2999-01-01");
        ((ObjectNode) application.get("employer")).put("email", "not-an-address").put("organisationType", "GOVERNMENT");
        application.remove("language");
        ResponseEntity<JsonNode> enumError = refused(application);
        // An unknown enum value is named before the other rules are checked (the body cannot be read).
        assertThat(fields(enumError)).containsExactly("employer.organisationType:enum");

        ((ObjectNode) application.get("employer")).put("organisationType", "ASSOCIATION");
        assertThat(fields(refused(application))).containsExactlyInAnyOrder("employment.hoursPerWeek:DecimalMin",
                "employment.monthlyPayEur:DecimalMin", "employment.collectiveAgreement:NotBlank",
                "employee.birthDate:Past", "employee.birthDate:PlausibleDate", "employer.email:Email",
                "language:NotNull");
    }

    @Test
    void hoursAndPayHaveCeilings() {
        ObjectNode application = supplementApplication();
        ((ObjectNode) application.get("employment")).put("hoursPerWeek", 60.5).put("monthlyPayEur", 100000.01);
        assertThat(fields(refused(application))).containsExactlyInAnyOrder("employment.hoursPerWeek:DecimalMax",
                "employment.monthlyPayEur:DecimalMax");
    }

    @Test
    void datesMustFitTogether() {
        ObjectNode application = supplementApplication();
        String start = application.get("employment").get("startDate").asText();
        ((ObjectNode) application.get("employment")).put("endDate", java.time.LocalDate.parse(start).plusMonths(3).toString());
        ((ObjectNode) application.get("period")).put("startDate", java.time.LocalDate.parse(start).minusDays(1).toString());
        assertThat(fields(refused(application))).containsExactlyInAnyOrder("period.startDate:within-employment",
                "period.endDate:within-employment");

        ObjectNode backwards = supplementApplication();
        ((ObjectNode) backwards.get("employment")).put("endDate", java.time.LocalDate.parse(start).minusDays(1).toString());
        ((ObjectNode) backwards.get("period")).put("endDate", java.time.LocalDate.parse(start).minusDays(1).toString());
        assertThat(fields(refused(backwards))).contains("employment.endDate:after-start", "period.endDate:after-start");
    }

    @Test
    void deMinimisAidThatReachesTheCeilingIsAClearRefusal() {
        ObjectNode application = supplementApplication();
        ((ObjectNode) application.get("deMinimis")).put("currentYearEur", 100000).put("previousYearEur", 150000)
                .put("yearBeforeEur", 50000);
        ResponseEntity<JsonNode> response = refused(application);
        assertThat(fields(response)).containsExactly("deMinimis:de-minimis-ceiling");
        assertThat(response.getBody().get("errors").get(0).get("message").asText()).contains("300000", "cannot be granted");

        ObjectNode justBelow = supplementApplication();
        ((ObjectNode) justBelow.get("deMinimis")).put("currentYearEur", 100000).put("previousYearEur", 149999.99)
                .put("yearBeforeEur", 50000);
        assertThat(post("integration", APPLICATIONS, justBelow).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aJourneyIdMustNameAHiredParticipant() {
        ObjectNode unknown = supplementApplication();
        ((ObjectNode) unknown.get("employee")).put("journeyId", UUID.randomUUID().toString());
        assertThat(fields(refused(unknown))).containsExactly("employee.journeyId:unknown-journey");

        String journeyId = createJourney(referral());
        ObjectNode notHired = supplementApplication();
        ((ObjectNode) notHired.get("employee")).put("journeyId", journeyId);
        assertThat(fields(refused(notHired))).containsExactly("employee.journeyId:not-hired");

        jdbc.update("update journey set placement_status = 'HIRED' where id = ?::uuid", journeyId);
        ResponseEntity<JsonNode> hired = post("integration", APPLICATIONS, notHired);
        assertThat(hired.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(jdbc.queryForObject("select journey_id::text from supplement_application where id = ?::uuid",
                String.class, hired.getBody().get("applicationId").asText())).isEqualTo(journeyId);
    }

    @Test
    void theStatusNamesNoneOfTheEmployeesData() {
        ObjectNode application = supplementApplication();
        String id = post("integration", APPLICATIONS, application).getBody().get("applicationId").asText();

        for (String user : List.of("integration", "handler")) {
            ResponseEntity<JsonNode> status = get(user, APPLICATIONS + "/" + id);
            assertThat(status.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            assertThat(status.getBody().get("status").asText()).isEqualTo("RECEIVED");
            assertThat(status.getBody().toString()).doesNotContain(application.get("employee").get("lastName").asText(),
                    "1998-04-12", "FI4950009420028730");
        }
        assertThat(get("integration", APPLICATIONS + "/" + UUID.randomUUID()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theEmployerCancelsBeforeADecisionOnly() {
        String id = post("integration", APPLICATIONS, supplementApplication()).getBody().get("applicationId").asText();
        ResponseEntity<JsonNode> cancelled = post("integration", APPLICATIONS + "/" + id + "/cancellation", null);
        assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(cancelled.getBody().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.getBody().get("cancelledAt").isNull()).isFalse();
        assertThat(post("integration", APPLICATIONS + "/" + id + "/cancellation", null).getBody().get("status").asText())
                .isEqualTo("CANCELLED");

        String decided = post("integration", APPLICATIONS, supplementApplication()).getBody().get("applicationId").asText();
        // Once the handling has begun (its first step sets HANDLING), the decision is stood in for.
        awaitTask(decided, "Task_CheckApplication");
        jdbc.update("update supplement_application set status = 'ACCEPTED' where id = ?::uuid", decided);
        ResponseEntity<JsonNode> tooLate = post("integration", APPLICATIONS + "/" + decided + "/cancellation", null);
        assertThat(tooLate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(tooLate.getBody().get("type").asText()).endsWith("/already-decided");
        assertThat(jdbc.queryForObject("select status from supplement_application where id = ?::uuid", String.class,
                decided)).isEqualTo("ACCEPTED");
    }
    @Test
    void aHandlerRecordsAPaperApplicationFromTasklistsStartFormWithTheSameRules() {
        ObjectNode application = supplementApplication();
        ResponseEntity<JsonNode> started = submitStartForm("handler", application, null);

        assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
        String id = started.getBody().get("businessKey").asText();
        assertThat(jdbc.queryForMap("select channel, received_by, employer_application_id, status from supplement_application"
                + " where id = ?::uuid", id)).containsEntry("channel", "PAPER").containsEntry("received_by", "handler")
                .containsEntry("employer_application_id", application.get("employerApplicationId").asText())
                .containsEntry("status", "RECEIVED");
        String instance = started.getBody().get("id").asText();
        assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance).list())
                .extracting("name").doesNotContain("intake").contains("applicationId", "displayName");
        assertThat(runtimeService.getVariable(instance, "applicationId")).isEqualTo(id);
        assertThat(get("handler", APPLICATIONS + "/" + id).getBody().get("status").asText()).isIn("RECEIVED", "HANDLING");

        // Idempotent per the employer's application id, whichever channel received it first.
        ResponseEntity<JsonNode> again = submitStartForm("handler2", application, null);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(again.getBody().get("message").asText()).contains("employerApplicationId").contains(id);
        assertThat(post("integration", APPLICATIONS, application).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(stored(application)).isEqualTo(1);

        // The API's validation, each field named by its label in the form's language and by its path.
        ObjectNode invalid = supplementApplication();
        ((ObjectNode) invalid.get("employer")).put("iban", "FI4950009420028731");
        ((ObjectNode) invalid.get("period")).put("endDate", invalid.get("period").get("startDate").asText());
        ((ObjectNode) invalid.get("period")).put("startDate", LocalDate.parse(invalid.get("employment").get("startDate")
                .asText()).minusDays(1).toString());
        ResponseEntity<JsonNode> finnish = submitStartForm("handler", invalid, "fi-FI,fi;q=0.9");
        assertThat(finnish.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(finnish.getBody().get("message").asText()).contains("Työnantaja: Pankkitili (IBAN) (employer.iban)");
        ResponseEntity<JsonNode> swedish = submitStartForm("handler", invalid, "sv");
        assertThat(swedish.getBody().get("message").asText()).contains("Arbetsgivare: Bankkonto (IBAN) (employer.iban)");
        ObjectNode dates = supplementApplication();
        ((ObjectNode) dates.get("period")).put("startDate", LocalDate.parse(dates.get("employment").get("startDate")
                .asText()).minusDays(1).toString());
        ResponseEntity<JsonNode> english = submitStartForm("handler", dates, "en");
        assertThat(english.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(english.getBody().get("message").asText())
                .contains("Period applied for: Start date (period.startDate): must not be before the employment's start");
        ObjectNode ceiling = supplementApplication();
        ((ObjectNode) ceiling.get("deMinimis")).put("currentYearEur", 300000);
        assertThat(submitStartForm("handler", ceiling, "fi").getBody().get("message").asText())
                .contains("Saatu de minimis -tuki (€) (deMinimis)");
        assertThat(stored(invalid) + stored(dates) + stored(ceiling)).isZero();
    }

    @Test
    void onlySupplementHandlersStartAnApplicationThroughTheEngine() {
        for (String user : List.of("coach", "coordinator", "employer", "lead", "manager", "integration")) {
            ObjectNode application = supplementApplication();
            assertThat(submitStartForm(user, application, null).getStatusCode()).as(user)
                    .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.UNAUTHORIZED);
            ObjectNode body = objectMapper.createObjectNode();
            body.putObject("variables").putObject("intake").put("type", "Json").put("value", application.toString());
            ResponseEntity<JsonNode> start = call(user, HttpMethod.POST,
                    "/engine-rest/process-definition/key/supplement-application/start", body);
            // Engine REST's plain start is refused to everyone (a process with a start form starts through it).
            assertThat(start.getStatusCode()).as("%s %s", user, start.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(stored(application)).as(user).isZero();
        }
        // A handler who skips the form (variables of the API's own start) is refused too: only the form's object counts.
        ObjectNode bare = objectMapper.createObjectNode();
        bare.putObject("variables").putObject("applicationId").put("value", UUID.randomUUID().toString());
        assertThat(call("handler", HttpMethod.POST, "/engine-rest/process-definition/key/supplement-application/start", bare)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(call("handler", HttpMethod.POST, "/engine-rest/process-definition/key/supplement-application/start",
                "{}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aStartFormWhoseObjectIsJsonNullIsRefusedNamingTheVariable() {
        // Well-formed JSON but no object: each start form refuses it as bad input, never with a 500.
        for (String[] form : new String[][] {{"handler", "supplement-application", "intake"},
                {"coordinator", "participant-journey", "intake"}, {"socialworker", "work-activity-journey", "intake"}}) {
            ObjectNode body = objectMapper.createObjectNode();
            body.putObject("variables").putObject(form[2]).put("type", "Json").put("value", "null");
            ResponseEntity<JsonNode> refused = call(form[0], HttpMethod.POST,
                    "/engine-rest/process-definition/key/" + form[1] + "/submit-form", body);
            assertThat(refused.getStatusCode()).as("%s %s", form[1], refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().get("message").asText()).as(form[1]).contains("must be a JSON object");
        }
    }

    private ResponseEntity<JsonNode> submitStartForm(String user, ObjectNode application, String acceptLanguage) {
        ObjectNode body = objectMapper.createObjectNode();
        body.putObject("variables").putObject("intake").put("type", "Json").put("value", application.toString());
        return call(user, HttpMethod.POST, "/engine-rest/process-definition/key/supplement-application/submit-form", body,
                acceptLanguage);
    }
}
