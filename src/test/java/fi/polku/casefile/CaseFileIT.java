package fi.polku.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.journey.AccessLog;
import fi.polku.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The case file over HTTP on PostgreSQL as each role uses it: what each group sees and does not see
 * (README, "The case file"), the referrer's answer before the coordinator decides, notes and their
 * refusals, the search, the access log and the subject-access export.
 */
class CaseFileIT extends IntegrationTest {

    private static final String SUPPORT_NOTE = "Lives with a friend for now";

    @Autowired
    AccessLog accessLog;

    @BeforeEach
    void startWithAFreePlace() {
        freeAllPlaces();
    }

    private ResponseEntity<JsonNode> caseFile(String user, String taskId) {
        return get(user, CaseFileController.PATH + "/tasks/" + taskId);
    }

    private static List<String> texts(JsonNode view) {
        List<String> texts = new ArrayList<>();
        view.get("entries").forEach(entry -> {
            texts.add(entry.get("title").asText());
            entry.get("lines").forEach(line -> texts.add(line.get("label").asText() + ": " + line.get("value").asText()));
        });
        return texts;
    }

    private static List<String> parts(JsonNode view) {
        List<String> parts = new ArrayList<>();
        view.get("parts").forEach(part -> parts.add(part.asText()));
        return parts;
    }

    @Test
    void theCoordinatorReadsTheReferrersAnswerBeforeDecidingAgain() {
        ObjectNode referral = referral();
        participant(referral).put("educationLevel", 2);
        String journeyId = createJourney(referral);
        work("coordinator", "referral-coordinators", awaitTask(journeyId, "Task_ReviewReferral"),
                Map.of("reviewDecision", "REQUEST_INFO", "reviewNote", "Please send the vocational certificate"));
        assertThat(post("integration", "/api/v1/journeys/" + journeyId + "/events",
                "{\"type\": \"REFERRAL_INFO_PROVIDED\", \"data\": {\"information\": \"Certificate sent by e-mail\"}}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        Task again = awaitTask(journeyId, "Task_ReviewReferral");

        ResponseEntity<JsonNode> answer = caseFile("coordinator", again.getId());
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode view = answer.getBody();
        JsonNode newest = view.get("entries").get(0);
        assertThat(newest.get("kind").asText()).as("newest first: the answer came last").isIn("EVENT", "OPEN_TASK");
        assertThat(texts(view)).contains("The referrer's answer", "Information: Certificate sent by e-mail",
                "Referral", "Reason: Completed an ICT vocational degree; wants to work in software development.",
                "Review referral", "Check referral eligibility", "Eligibility: needs review",
                "Request for more information sent to the referrer");
        // What the coordinator recorded the first time, with the form's own labels and words.
        assertThat(texts(view)).anyMatch(text -> text.endsWith(": Please send the vocational certificate"));
        assertThat(view.get("displayName").asText()).startsWith("Aino Virtanen-");

        // In Finnish, values as words.
        JsonNode finnish = call("coordinator", HttpMethod.GET, CaseFileController.PATH + "/tasks/" + again.getId(), null,
                "fi-FI,fi;q=0.9").getBody();
        assertThat(texts(finnish)).contains("Ohjaajan vastaus", "Lisätiedot: Certificate sent by e-mail",
                "Ohjauksen kelpoisuuden tarkistus", "Kelpoisuus: tarkistettava", "Peruste: Koulutus alle toisen asteen (ISCED 3)");

        assertThat(jdbc.queryForList("select viewed_by || ' ' || part || ' ' || endpoint from access_log where journey_id = ?",
                String.class, UUID.fromString(journeyId))).contains(
                "coordinator referral,records,decisions,events,notifications,tasks,notes GET /api/v1/case-files/tasks/{taskId}");
    }

    @Test
    void eachGroupSeesWhatItsWorkNeedsAndOnlyBesideItsOwnTasks() {
        String journeyId = journeyInAssessment();
        work("instructor", "social-instructors", awaitTask(journeyId, "Task_ReviewServiceNeed"),
                Map.of("crearStudies", 3, "crearTimeUse", 4, "crearWellbeing", 2, "crearCareerPlanning", 3,
                        "crearEmployment", 2, "supportNeedLevel", "SOME", "supportNeeds", List.of("HOUSING"),
                        "serviceNeedNote", SUPPORT_NOTE));
        Task coachTask = awaitTask(journeyId, "Task_RunDigitalSkillsTest");
        Task instructorTask = awaitTask(journeyId, "Task_RecordWorkAbility");
        Task counsellorTask = awaitTask(journeyId, "Task_DiscussPathwayStudies");

        JsonNode instructor = caseFile("instructor", instructorTask.getId()).getBody();
        assertThat(parts(instructor)).containsExactly("referral", "records", "support", "decisions", "events", "tasks", "notes");
        assertThat(texts(instructor)).anyMatch(text -> text.endsWith(": " + SUPPORT_NOTE))
                .as("a score is shown as the number it is, never as another field's word for it")
                .contains("Well-being: 2", "Studies: 3", "Support needs: Housing").noneMatch(text -> text.contains("ISCED"));

        for (String[] user : new String[][] {{"coach", coachTask.getId()}, {"counsellor", counsellorTask.getId()}}) {
            JsonNode view = caseFile(user[0], user[1]).getBody();
            assertThat(parts(view)).as(user[0]).containsExactly("referral", "records", "decisions", "events", "tasks", "notes");
            assertThat(view.toString()).as(user[0] + " never sees support details").doesNotContain(SUPPORT_NOTE, "Housing");
            assertThat(texts(view)).as(user[0]).contains("Hold suitability interview", "Referral");
        }

        // Beside another group's task, or without a task of their own, nobody reads the case file.
        for (String user : List.of("coach", "counsellor", "coordinator", "employer", "manager", "integration")) {
            assertThat(caseFile(user, instructorTask.getId()).getStatusCode()).as(user).isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(caseFile("coach", "no-such-task").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("coach", CaseFileController.PATH + "/journeys/" + journeyId).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("manager", CaseFileController.PATH + "/journeys/" + journeyId).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(null, CaseFileController.PATH + "/tasks/" + coachTask.getId()).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        // Team leads (and administrators) see every part, beside any task or by the journey.
        for (String user : List.of("lead", "admin")) {
            JsonNode all = get(user, CaseFileController.PATH + "/journeys/" + journeyId).getBody();
            assertThat(parts(all)).as(user).containsExactly("referral", "records", "support", "decisions", "events",
                    "notifications", "tasks", "supplement", "notes");
            assertThat(texts(all)).as(user).anyMatch(text -> text.endsWith(": " + SUPPORT_NOTE));
        }
        assertThat(parts(caseFile("lead", coachTask.getId()).getBody())).contains("support");
    }

    @Test
    void aHiredParticipantsCaseFileShowsTheSupplementApplicationToTeamLeadsAndEmployerCoordinatorsOnly() {
        String journeyId = journeyInAssessment(referral());
        Task coachTask = awaitTask(journeyId, "Task_RunDigitalSkillsTest");
        jdbc.update("update journey set placement_status = 'HIRED' where id = ?::uuid", journeyId);
        ObjectNode application = supplementApplication();
        ((ObjectNode) application.get("employee")).put("journeyId", journeyId);
        ((ObjectNode) application.get("employment")).put("monthlyPayEur", 2876.45);
        String applicationId = post("integration", "/api/v1/supplement-applications", application).getBody()
                .get("applicationId").asText();
        // Decided as the handlers' process records it (the process is stopped first: it would set HANDLING meanwhile).
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(applicationId).list()
                .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test"));
        jdbc.update("update supplement_application set status = 'ACCEPTED', decided_at = now(), decision_total_eur = 8629.35,"
                + " case_number = 'HEL 2027-000123' where id = ?::uuid", applicationId);

        ResponseEntity<JsonNode> finnish = call("lead", HttpMethod.GET, CaseFileController.PATH + "/journeys/" + journeyId,
                null, "fi");
        assertThat(parts(finnish.getBody())).contains("supplement");
        assertThat(texts(finnish.getBody())).contains("Helsinki-lisän hakemus", "Työnantaja: Koodipaja Oy", "Tila: myönnetty",
                "Myönnetty määrä: 8629.35 €", "Diaarinumero: HEL 2027-000123", "Hakemuksen tunnus: " + applicationId);
        assertThat(texts(finnish.getBody())).anySatisfy(text -> assertThat(text).startsWith("Päätetty: "));
        ResponseEntity<JsonNode> swedish = call("lead", HttpMethod.GET, CaseFileController.PATH + "/journeys/" + journeyId,
                null, "sv");
        assertThat(texts(swedish.getBody())).contains("Ansökan om Helsingforstillägget", "Status: beviljad");
        // Minimised: neither the employee's pay nor the employer's account, even for a team lead.
        assertThat(finnish.getBody().toString()).doesNotContain("2876.45", "FI4950009420028730");

        assertThat(CasePart.SUPPLEMENT.code()).isEqualTo("supplement");
        JsonNode coach = caseFile("coach", coachTask.getId()).getBody();
        assertThat(parts(coach)).doesNotContain("supplement");
        assertThat(coach.toString()).doesNotContain("Koodipaja Oy", "HEL 2027-000123");
        assertThat(CasePart.readableBy(new fi.polku.security.ApiCaller("employer", List.of("employer-coordinators"))))
                .contains(CasePart.SUPPLEMENT);
    }

    @Test
    void theWorkActivityJourneysCaseFileFollowsTheSameRulesAsTheFirstJourneys() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String workHistory = "Warehouse work " + unique;
        String counselling = "Earnings above 300 euros a month lower the housing allowance " + unique;
        ResponseEntity<JsonNode> referred = post("socialworker", "/api/v1/work-activity-referrals", workActivityReferral());
        assertThat(referred.getStatusCode()).as("%s", referred.getBody()).isEqualTo(HttpStatus.CREATED);
        String journeyId = referred.getBody().get("journeyId").asText();
        work("coach", "job-coaches", awaitTask(journeyId, "Task_BuildVocationalProfile"), Map.of("workHistory",
                workHistory, "preferredSectors", "logistics", "preferredTasks", "picking", "preferredHours", 20,
                "strengths", "reliable", "disclosure", "nothing", "benefitsCounsellingNeeded", true));
        work("socialworker", "social-workers", awaitTask(journeyId, "Task_HoldBenefitsCounselling"), Map.of(
                "counselledOn", java.time.LocalDate.now().toString(), "counsellingNote", counselling));

        // The work-activity instructor: the coach's profile, never the referral or the benefits counselling.
        JsonNode instructor = caseFile("wainstructor", awaitTask(journeyId, "Task_AssessDigitalSkills").getId()).getBody();
        assertThat(parts(instructor)).containsExactly("records", "decisions", "events", "tasks", "notes");
        assertThat(texts(instructor)).contains("Build vocational profile").anyMatch(text -> text.endsWith(": " + workHistory));
        assertThat(instructor.toString()).doesNotContain(counselling);

        // The job coach: the referral and the profile; benefits counselling is support detail.
        JsonNode coach = caseFile("coach", awaitTask(journeyId, "Task_HoldJobSearchMeeting").getId()).getBody();
        assertThat(parts(coach)).contains("referral", "records").doesNotContain("support");
        assertThat(texts(coach)).anyMatch(text -> text.endsWith(": " + workHistory));
        assertThat(coach.toString()).doesNotContain(counselling);
        assertThat(caseFile("socialworker", awaitTask(journeyId, "Task_HoldJobSearchMeeting").getId()).getStatusCode())
                .as("beside another group's task").isEqualTo(HttpStatus.NOT_FOUND);

        // The team lead reads everything, and every read is in the access log.
        JsonNode lead = get("lead", CaseFileController.PATH + "/journeys/" + journeyId).getBody();
        assertThat(texts(lead)).anyMatch(text -> text.endsWith(": " + counselling))
                .anyMatch(text -> text.endsWith(": " + workHistory));
        assertThat(jdbc.queryForList("select viewed_by from access_log where journey_id = ?", String.class,
                UUID.fromString(journeyId))).contains("wainstructor", "coach", "lead");
    }

    @Test
    void notesAreAddedBesideATaskAndBadOnesAreRefusedNamingTheField() {
        String journeyId = journeyInAssessment();
        Task coachTask = awaitTask(journeyId, "Task_RunDigitalSkillsTest");
        String notes = CaseFileController.PATH + "/tasks/" + coachTask.getId() + "/notes";

        ResponseEntity<JsonNode> added = post("coach", notes, "{\"text\": \"Prefers mornings; bring a laptop.\"}");
        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(added.getBody().get("writtenBy").asText()).isEqualTo("coach");
        JsonNode counsellor = caseFile("counsellor", awaitTask(journeyId, "Task_DiscussPathwayStudies").getId()).getBody();
        assertThat(texts(counsellor)).contains("Team note", "Note: Prefers mornings; bring a laptop.");

        for (String bad : List.of("{}", "{\"text\": \"\"}", "{\"text\": \"   \"}", "{\"text\": " + quoted("x".repeat(2001)) + "}",
                "{\"text\": \"bell\\u0007\"}", "{\"text\": 5}")) {
            ResponseEntity<JsonNode> refused = post("coach", notes, bad);
            assertThat(refused.getStatusCode()).as(bad).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().toString()).as(bad).contains("text");
        }
        assertThat(post("coach", notes, "not json").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post("instructor", CaseFileController.PATH + "/tasks/" + coachTask.getId() + "/notes",
                "{\"text\": \"Not my task\"}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("coach", CaseFileController.PATH + "/journeys/" + journeyId + "/notes", "{\"text\": \"x\"}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("lead", CaseFileController.PATH + "/journeys/" + journeyId + "/notes", "{\"text\": \"Lead's note\"}")
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(jdbc.queryForList("select text from case_note where journey_id = ? order by id", String.class,
                UUID.fromString(journeyId))).containsExactly("Prefers mornings; bring a laptop.", "Lead's note");
    }

    @Test
    void theTasklistTabWritesWithTheSessionOnlyWithItsCsrfToken() {
        String journeyId = journeyInAssessment();
        Task coachTask = awaitTask(journeyId, "Task_RunDigitalSkillsTest");
        WebappSession session = webappLogin("coach", "tasklist");
        String notes = CaseFileController.PATH + "/tasks/" + coachTask.getId() + "/notes";

        assertThat(webappRequest(session, HttpMethod.GET, CaseFileController.PATH + "/tasks/" + coachTask.getId(), null)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(webappRequest(session, HttpMethod.POST, notes, "{\"text\": \"From the tab\"}").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        HttpHeaders forged = new HttpHeaders();
        forged.set(HttpHeaders.COOKIE, session.cookies());
        forged.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.exchange(notes, HttpMethod.POST, new HttpEntity<>("{\"text\": \"Forged\"}", forged), JsonNode.class)
                .getStatusCode()).as("the session cookie alone writes nothing").isEqualTo(HttpStatus.UNAUTHORIZED);
        forged.set("X-XSRF-TOKEN", "guessed");
        assertThat(http.exchange(notes, HttpMethod.POST, new HttpEntity<>("{\"text\": \"Forged\"}", forged), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(jdbc.queryForList("select text from case_note where journey_id = ?", String.class,
                UUID.fromString(journeyId))).containsExactly("From the tab");

        JsonNode texts = webappRequest(session, HttpMethod.GET, CaseFileController.PATH + "/texts", null, "sv-SE").getBody();
        assertThat(texts.get("tab").asText()).isEqualTo("Klientmapp");
    }

    @Test
    void aTeamLeadFindsAParticipantReadsWhoViewedTheirDataAndExportsEverything() {
        ObjectNode referral = referral();
        String lastName = participant(referral).get("lastName").asText();
        String journeyId = journeyInAssessment(referral);
        Task coachTask = awaitTask(journeyId, "Task_RunDigitalSkillsTest");
        caseFile("coach", coachTask.getId());
        post("coach", CaseFileController.PATH + "/tasks/" + coachTask.getId() + "/notes", "{\"text\": \"<b>bold</b> & co\"}");
        get("integration", "/api/v1/referrals/" + journeyId);
        get("manager", "/api/v1/dashboard/journeys/" + journeyId);

        String search = CaseFileController.PATH + "/search?name=aino " + lastName.toUpperCase() + "&birthDate=1998-04-12";
        ResponseEntity<JsonNode> found = get("lead", search);
        assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(found.getBody()).hasSize(1);
        String participantId = found.getBody().get(0).get("participantId").asText();
        assertThat(found.getBody().get(0).get("journeys").get(0).get("journeyId").asText()).isEqualTo(journeyId);
        assertThat(get("lead", CaseFileController.PATH + "/search?journeyId=" + journeyId).getBody().get(0)
                .get("participantId").asText()).isEqualTo(participantId);
        assertThat(get("lead", CaseFileController.PATH + "/search?name=aino " + lastName + "&birthDate=1998-04-13")
                .getBody()).isEmpty();
        assertThat(get("coach", search).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> noDate = get("lead", CaseFileController.PATH + "/search?name=aino");
        assertThat(noDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noDate.getBody().toString()).contains("birthDate");
        assertThat(get("lead", CaseFileController.PATH + "/search?name=aino&birthDate=12.4.1998").getBody().toString())
                .contains("birthDate");

        JsonNode log = get("lead", CaseFileController.PATH + "/participants/" + participantId + "/access-log").getBody();
        List<String> rows = new ArrayList<>();
        log.forEach(row -> rows.add(row.get("viewedBy").asText() + " " + row.get("part").asText() + " "
                + row.get("endpoint").asText()));
        assertThat(rows).contains("coach referral,records,decisions,events,tasks,notes GET /api/v1/case-files/tasks/{taskId}",
                "integration status GET /api/v1/referrals/{journeyId}",
                "manager dashboard GET /api/v1/dashboard/journeys/{journeyId}",
                "lead search GET /api/v1/case-files/search");
        assertThat(log.toString()).as("the log holds ids, never the person's name or the search terms")
                .doesNotContain(lastName, "Aino", "1998");
        assertThat(get("coach", CaseFileController.PATH + "/participants/" + participantId + "/access-log").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        JsonNode export = get("lead", CaseFileController.PATH + "/participants/" + participantId + "/export").getBody();
        assertThat(export.get("participant").get("last_name").asText()).isEqualTo(lastName);
        JsonNode journey = export.get("journeys").get(0);
        assertThat(journey.get("journey").get("id").asText()).isEqualTo(journeyId);
        assertThat(journey.get("rows").get("case_note").get(0).get("text").asText()).isEqualTo("<b>bold</b> & co");
        assertThat(journey.get("rows").get("suitability_interview")).hasSize(1);
        assertThat(journey.get("rows").get("task_record")).isNotEmpty();
        assertThat(journey.get("caseFile").get("parts")).hasSize(CasePart.values().length);
        assertThat(export.get("accessLog").toString()).contains("GET /api/v1/case-files/search");

        HttpHeaders lead = new HttpHeaders();
        lead.setBasicAuth("lead", "lead");
        ResponseEntity<String> printable = http.exchange(CaseFileController.PATH + "/participants/" + participantId
                + "/export?format=html&language=sv", HttpMethod.GET, new HttpEntity<>(lead), String.class);
        assertThat(printable.getHeaders().getContentType().toString()).startsWith("text/html");
        assertThat(printable.getBody()).contains("<html lang=\"sv\">", "Allt Polku har om deltagaren", "Vem har sett uppgifterna",
                "&lt;b&gt;bold&lt;/b&gt; &amp; co", lastName).doesNotContain("<b>bold</b>");
        assertThat(get("lead", CaseFileController.PATH + "/participants/" + participantId + "/export?language=de")
                .getBody().toString()).contains("language");
        assertThat(get("lead", CaseFileController.PATH + "/participants/" + UUID.randomUUID() + "/export").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theAccessLogIsAppendOnlyExceptForRetentionAndOutlivesAnErasureNamingNobody() {
        ObjectNode referral = referral();
        String lastName = participant(referral).get("lastName").asText();
        String journeyId = journeyInAssessment(referral);
        Task coachTask = awaitTask(journeyId, "Task_RunDigitalSkillsTest");
        caseFile("coach", coachTask.getId());
        post("coach", CaseFileController.PATH + "/tasks/" + coachTask.getId() + "/notes", "{\"text\": \"Note to erase\"}");
        UUID participantId = jdbc.queryForObject("select participant_id from journey where id = ?", UUID.class,
                UUID.fromString(journeyId));

        assertThatThrownBy(() -> jdbc.update("update access_log set viewed_by = 'someone' where participant_id = ?",
                participantId)).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from access_log where participant_id = ?", participantId))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate access_log")).hasStackTraceContaining("append-only");
        assertThat(accessLog.deleteOlderThan(36500)).as("retention deletes only rows past their time").isZero();

        assertThat(call("lead", HttpMethod.DELETE, "/api/v1/participants/" + participantId, null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForObject("select count(*) from case_note where journey_id = ?", Integer.class,
                UUID.fromString(journeyId))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from task_record where journey_id = ?", Integer.class,
                UUID.fromString(journeyId))).isZero();
        List<Map<String, Object>> kept = jdbc.queryForList("select * from access_log where participant_id = ?", participantId);
        assertThat(kept).isNotEmpty();
        assertThat(kept.toString()).doesNotContain(lastName, "Aino", "Note to erase");
    }
}
