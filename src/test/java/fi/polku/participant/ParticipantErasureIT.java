package fi.polku.participant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Erasure on request: afterwards no personal value of the person is left in any column of any table
 * of the database (domain and engine alike), while the programme's counts stay. Retention erases the
 * same way.
 */
class ParticipantErasureIT extends IntegrationTest {

    @Autowired
    ParticipantErasure erasure;

    private static final LocalDate START = LocalDate.now().plusDays(10);
    private static final String BIRTH_DATE = "1990-07-19";

    @Autowired
    HistoryService historyService;
    @Autowired
    DomainRetention retention;

    /** Every column that holds text, JSON, bytes or a date, in every table of the schema. */
    private List<String[]> columns() {
        return jdbc.query("""
                select table_name, column_name, data_type from information_schema.columns
                where table_schema = current_schema() and data_type in ('character varying', 'text', 'character',
                      'json', 'jsonb', 'bytea', 'date')
                order by table_name, column_name""",
                (rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
    }

    /** Where in the database any of the values occurs: "table.column" for each hit. */
    private List<String> whereFound(List<String> values) {
        List<String> hits = new ArrayList<>();
        for (String[] column : columns()) {
            String table = '"' + column[0] + '"';
            String name = '"' + column[1] + '"';
            for (String value : values) {
                String condition = switch (column[2]) {
                    case "bytea" -> "position(convert_to(?, 'UTF8') in " + name + ") > 0";
                    case "date" -> name + "::text = ?";
                    default -> "strpos(lower(" + name + "::text), lower(?)) > 0";
                };
                Long count = jdbc.queryForObject("select count(*) from " + table + " where " + condition, Long.class, value);
                if (count != null && count > 0) {
                    hits.add(column[0] + "." + column[1]);
                }
            }
        }
        return hits;
    }

    private ResponseEntity<JsonNode> erase(String user, String participantId) {
        return call(user, HttpMethod.DELETE, "/api/v1/participants/" + participantId, null);
    }

    private int participantsStarted() {
        return get("manager", "/api/v1/reports/indicators?from=" + START + "&to=" + START + "&detail=participants")
                .getBody().get("journeyIds").size();
    }

    @Test
    void noPersonalValueRemainsInAnyTableAndTheCountsStay() {
        // The test profile has one wage-subsidy place: free it, or the journey waits on the list.
        freeAllPlaces();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        ObjectNode referral = referral();
        String lastName = "Quokkanen-" + unique;
        String email = "zelmira." + unique + "@example.org";
        String phone = "+35840" + (1_000_000 + new java.util.Random().nextInt(8_999_999));
        participant(referral).put("firstName", "Zelmira").put("lastName", lastName).put("email", email)
                .put("phone", phone).put("birthDate", BIRTH_DATE).put("monthsUnemployed", 24);
        referral.put("reason", "Referred for digital work; " + lastName + " has a portfolio");
        List<String> personalValues = List.of("Zelmira", lastName, email, phone, BIRTH_DATE);

        // The participant goes as far as the wage-subsidy period, so both domain and engine hold their data.
        String journeyId = journeyAtDecision(referral);
        assertThat(post("integration", "/api/v1/journeys/" + journeyId + "/events", "{\"type\": \"WAGE_SUBSIDY_DECIDED\", "
                + "\"data\": {\"decisionNumber\": \"WS-E1\", \"granted\": true, \"funding\": \"CITY_FUNDING\", "
                + "\"subsidyPercent\": 100, \"startDate\": \"" + START + "\", \"endDate\": \"" + START.plusMonths(8) + "\"}}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        work("lead", "team-leads", awaitTask(journeyId, "Task_SignContractAndOnboard"), Map.of("contractDate",
                START.toString(), "workTeam", "MEDIA", "mentor", "Mira Mentor"));
        String participantId = status(journeyId).get("participantId").asText();
        int startedBefore = participantsStarted();
        List<String> instances = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(journeyId)
                .list().stream().map(org.camunda.bpm.engine.history.HistoricProcessInstance::getId).toList();
        String inInstances = "('" + String.join("', '", instances) + "')";
        assertThat(jdbc.queryForObject("select count(*) from act_hi_decinst where proc_inst_id_ in " + inInstances,
                Long.class)).as("decisions evaluated for the journey (eligibility, course level, support plan)").isPositive();
        assertThat(startedBefore).isPositive();

        // The scan finds the person before: it is not blind.
        assertThat(whereFound(personalValues)).contains("participant.first_name", "participant.last_name",
                "participant.email", "participant.phone", "participant.birth_date", "journey.reason", "act_hi_varinst.text_");

        assertThat(erase("coach", participantId).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(erase("manager", participantId).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(erase("integration", participantId).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> erased = erase("lead", participantId);
        assertThat(erased.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(erased.getBody().get("journeys").asInt()).isOne();
        assertThat(erased.getBody().get("processInstances").asInt()).isGreaterThanOrEqualTo(4);

        assertThat(whereFound(personalValues)).as("personal values left after the erasure").isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(journeyId).count()).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(journeyId).count()).isZero();
        // The decisions' inputs (age, municipality, scores) go with the history.
        assertThat(jdbc.queryForObject("select count(*) from act_hi_decinst where proc_inst_id_ in " + inInstances,
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from act_hi_varinst where proc_inst_id_ in " + inInstances,
                Long.class)).isZero();
        assertThat(get("integration", "/api/v1/referrals/" + journeyId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        // The programme's counts stay, and the erasure is on record without the data.
        assertThat(participantsStarted()).isEqualTo(startedBefore);
        assertThat(jdbc.queryForMap("select cause, journeys, erased_by from erasure_audit where participant_id = ?::uuid",
                participantId)).containsEntry("cause", "REQUEST").containsEntry("journeys", 1).containsEntry("erased_by", "lead");
        ResponseEntity<JsonNode> again = erase("lead", participantId);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(again.getBody().get("detail").asText()).contains("was erased on");
        assertThat(erase("lead", UUID.randomUUID().toString()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void retentionErasesJourneysThatEndedLongAgoAndKeepsTheRest() {
        ObjectNode declined = referral();
        participant(declined).put("municipality", "Espoo");
        String oldJourney = createJourney(declined);
        awaitStatus(oldJourney, "outcome", "REFERRAL_DECLINED");
        String recentJourney = createJourney(referral());
        // Ended a day short of the retention: kept.
        ObjectNode declinedRecently = referral();
        participant(declinedRecently).put("municipality", "Vantaa");
        String keptJourney = createJourney(declinedRecently);
        awaitStatus(keptJourney, "outcome", "REFERRAL_DECLINED");
        jdbc.update("update journey set ended_at = now() - interval '1829 days' where id = ?::uuid", keptJourney);
        String oldParticipant = status(oldJourney).get("participantId").asText();
        jdbc.update("update journey set ended_at = now() - interval '1831 days' where id = ?::uuid", oldJourney);

        retention.eraseExpired();

        assertThat(get("integration", "/api/v1/referrals/" + oldJourney).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.queryForObject("select cause from erasure_audit where participant_id = ?::uuid", String.class,
                oldParticipant)).isEqualTo("RETENTION");
        assertThat(get("integration", "/api/v1/referrals/" + recentJourney).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("integration", "/api/v1/referrals/" + keptJourney).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aWorkActivityClientsRecordsAreErasedAsWell() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        ObjectNode referral = workActivityReferral();
        String lastName = "Wombatti-" + unique;
        participant(referral).put("firstName", "Ulpukka").put("lastName", lastName).put("birthDate", "1985-02-03");
        List<String> personalValues = List.of("Ulpukka", lastName, "1985-02-03", "Kennel " + unique, "Dog-walker " + unique);
        ResponseEntity<JsonNode> created = post("socialworker", "/api/v1/work-activity-referrals", referral);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String journeyId = created.getBody().get("journeyId").asText();
        String participantId = created.getBody().get("participantId").asText();
        work("coach", "job-coaches", awaitTask(journeyId, "Task_BuildVocationalProfile"), Map.of("workHistory",
                "Kennel " + unique, "preferredSectors", "animals", "preferredTasks", "Dog-walker " + unique,
                "preferredHours", 20, "strengths", "patient", "disclosure", "nothing"));
        work("wainstructor", "work-activity-instructors", awaitTask(journeyId, "Task_AssessDigitalSkills"), Map.of(
                "information", 1, "communication", 1, "contentCreation", 0, "safety", 1, "problemSolving", 1));
        work("coach", "job-coaches", awaitTask(journeyId, "Task_HoldJobSearchMeeting"), Map.of("meetingOn",
                LocalDate.now().toString(), "employerContacts", 1, "firstContactOn", LocalDate.now().toString(),
                "interviews", 0, "offers", 0, "jobSearchOutcome", "CONTINUE"));
        assertThat(whereFound(personalValues)).as("the scan finds the person before").contains("participant.last_name",
                "vocational_profile.work_history", "vocational_profile.preferred_tasks");

        assertThat(erase("lead", participantId).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(whereFound(personalValues)).as("personal values left after the erasure").isEmpty();
        for (String table : List.of("work_activity", "vocational_profile", "digital_skills_assessment", "job_search_meeting")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where journey_id = ?::uuid", Long.class,
                    journeyId)).as(table).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from indicator_record where journey_id = ?::uuid", Long.class,
                journeyId)).as("the anonymous indicator record stays").isOne();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(journeyId).count()).isZero();
    }

    @Test
    void everyTableWithAJourneyIdIsErasedOrDeclaredAnonymous() {
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.columns
                where table_schema = current_schema() and column_name = 'journey_id' order by table_name""", String.class);
        List<String> known = new ArrayList<>(erasure.journeyTables());
        known.addAll(erasure.anonymousTables());
        known.addAll(erasure.clearedTables());
        assertThat(known).containsExactlyInAnyOrderElementsOf(tables);
    }

    @Test
    void everyDefinitionKeepsItsHistoryForTheConfiguredRetention() {
        // The test profile sets 1830 days; the models say 1825.
        assertThat(jdbc.queryForList("select distinct history_ttl_ from act_re_procdef", Integer.class)).containsExactly(1830);
        assertThat(jdbc.queryForList("select distinct history_ttl_ from act_re_decision_def", Integer.class))
                .containsExactly(1830);
    }
}
