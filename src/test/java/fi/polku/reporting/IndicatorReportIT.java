package fi.polku.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The indicator report over HTTP with a known mix of indicator records in 2031 (no other test uses
 * that year). Every expected count below is worked out by hand from the six records.
 */
class IndicatorReportIT extends IntegrationTest {

    private static final String YEAR_2031 = "/api/v1/reports/indicators?from=2031-01-01&to=2031-12-31";

    private UUID a;
    private UUID b;
    private UUID c;
    private UUID d;
    private UUID e;
    private UUID f;

    private UUID record(String gender, String ageBand, String educationBand, boolean longTerm, String startedOn,
                        String leftOn, String outcome, String recordedOn, Boolean qualification, String situation6m,
                        String followedUpOn) {
        UUID journeyId = UUID.randomUUID();
        jdbc.update("""
                insert into indicator_record (journey_id, gender, age_band, education_band, long_term_unemployed, started_on,
                    left_on, outcome_on_leaving, outcome_recorded_on, qualification_gained, situation_6m, followed_up_6m_on)
                values (?, ?, ?, ?, ?, ?::date, ?::date, ?, ?::date, ?, ?, ?::date)""", journeyId, gender, ageBand,
                educationBand, longTerm, startedOn, leftOn, outcome, recordedOn, qualification, situation6m, followedUpOn);
        return journeyId;
    }

    @BeforeEach
    void knownMix() {
        jdbc.update("delete from indicator_record where started_on between '2030-01-01' and '2032-12-31'");
        // A: started and left in 2031 employed (recorded in time), with a qualification; six months falls in 2032.
        a = record("FEMALE", "18_29", "ISCED_3_4", true, "2031-01-10", "2031-09-09", "EMPLOYED", "2031-09-15", true,
                "EMPLOYED", "2032-03-09");
        // B: left job searching, but recorded 46 days after leaving: not an "on leaving" result; in education at six months.
        b = record("MALE", "30_54", "ISCED_5_8", false, "2031-02-01", "2031-06-30", "JOB_SEARCHING", "2031-08-15", false,
                "IN_EDUCATION", "2031-12-30");
        // C: started in 2030, left in 2031 into education, employed at six months (in 2031).
        c = record("NON_BINARY", "UNDER_18", "ISCED_0_2", true, "2030-12-31", "2031-03-01", "IN_EDUCATION", "2031-03-01",
                false, "EMPLOYED", "2031-09-01");
        // D: started on the last day of 2031; still in the programme.
        d = record("UNDISCLOSED", "55_PLUS", "ISCED_3_4", true, "2031-12-31", null, null, null, null, null, null);
        // E: started and withdrew in 2031: a leaver with no outcome.
        e = record("FEMALE", "30_54", "ISCED_0_2", false, "2031-05-05", "2031-07-01", null, null, null, null, null);
        // F: starts in 2032.
        f = record("FEMALE", "18_29", "ISCED_5_8", true, "2032-01-01", null, null, null, null, null, null);
    }

    private static Map<String, JsonNode> byId(JsonNode report) {
        Map<String, JsonNode> figures = new java.util.HashMap<>();
        report.get("indicators").forEach(figure -> figures.put(figure.get("id").asText(), figure));
        return figures;
    }

    /** total, then FEMALE, MALE, NON_BINARY, UNDISCLOSED. */
    private static void expect(Map<String, JsonNode> figures, String id, int total, int female, int male, int nonBinary,
                               int undisclosed) {
        JsonNode figure = figures.get(id);
        assertThat(figure).as(id).isNotNull();
        assertThat(figure.get("total").asInt()).as(id + " total").isEqualTo(total);
        JsonNode byGender = figure.get("byGender");
        assertThat(List.of(byGender.get("FEMALE").asInt(), byGender.get("MALE").asInt(), byGender.get("NON_BINARY").asInt(),
                byGender.get("UNDISCLOSED").asInt())).as(id + " by gender").containsExactly(female, male, nonBinary, undisclosed);
    }

    @Test
    void theYearsFiguresAreCountedByGenderAsWorkedOutByHand() {
        ResponseEntity<JsonNode> response = get("manager", YEAR_2031);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, JsonNode> figures = byId(response.getBody());
        assertThat(figures).hasSize(Indicator.values().length);

        expect(figures, "participants", 4, 2, 1, 0, 1);               // A, B, D, E
        expect(figures, "unemployed", 4, 2, 1, 0, 1);
        expect(figures, "long-term-unemployed", 2, 1, 0, 0, 1);       // A, D
        expect(figures, "inactive", 0, 0, 0, 0, 0);
        expect(figures, "employed", 0, 0, 0, 0, 0);
        expect(figures, "age-under-18", 0, 0, 0, 0, 0);               // C started in 2030
        expect(figures, "age-18-29", 1, 1, 0, 0, 0);                  // A
        expect(figures, "age-30-54", 2, 1, 1, 0, 0);                  // B, E
        expect(figures, "age-55-plus", 1, 0, 0, 0, 1);                // D
        expect(figures, "education-isced-0-2", 1, 1, 0, 0, 0);        // E
        expect(figures, "education-isced-3-4", 2, 1, 0, 0, 1);        // A, D
        expect(figures, "education-isced-5-8", 1, 0, 1, 0, 0);        // B
        expect(figures, "leavers", 4, 2, 1, 1, 0);                    // A, B, C, E
        expect(figures, "leaving-job-searching", 0, 0, 0, 0, 0);      // B recorded too late
        expect(figures, "leaving-in-education", 1, 0, 0, 1, 0);       // C
        expect(figures, "leaving-qualification", 1, 1, 0, 0, 0);      // A
        expect(figures, "leaving-employed", 1, 1, 0, 0, 0);           // A
        expect(figures, "six-months-employed", 1, 0, 0, 1, 0);        // C (A's six months are in 2032)
        expect(figures, "six-months-improved", 2, 0, 1, 1, 0);        // B, C

        // The next year counts F's start and A's six months.
        Map<String, JsonNode> next = byId(get("lead", "/api/v1/reports/indicators?from=2032-01-01&to=2032-12-31").getBody());
        expect(next, "participants", 1, 1, 0, 0, 0);
        expect(next, "six-months-employed", 1, 1, 0, 0, 0);
    }

    @Test
    void eachFigureListsTheJourneysItCounts() {
        JsonNode improved = get("manager", YEAR_2031 + "&detail=six-months-improved").getBody();
        assertThat(improved.get("indicator").asText()).isEqualTo("six-months-improved");
        assertThat(ids(improved)).containsExactlyInAnyOrder(b.toString(), c.toString());
        assertThat(ids(get("manager", YEAR_2031 + "&detail=six-months-improved&gender=MALE").getBody()))
                .containsExactly(b.toString());
        assertThat(ids(get("manager", YEAR_2031 + "&detail=participants").getBody()))
                .containsExactlyInAnyOrder(a.toString(), b.toString(), d.toString(), e.toString())
                .doesNotContain(c.toString(), f.toString());
    }

    @Test
    void theReportComesAsCsvToo() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("manager", "manager");
        headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));
        ResponseEntity<String> csv = http.exchange(YEAR_2031, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getFirst("Content-Disposition")).contains("indicators-2031-01-01-2031-12-31.csv");
        List<String> lines = csv.getBody().lines().toList();
        assertThat(lines.get(0)).isEqualTo("indicator,label,counted_by,total,female,male,non_binary,undisclosed");
        assertThat(lines).hasSize(Indicator.values().length + 1)
                .contains("participants,\"Participants who started\",\"the start of the wage-subsidy period\",4,2,1,0,1")
                .anyMatch(line -> line.startsWith("six-months-improved,") && line.endsWith(",2,0,1,1,0"));

        ResponseEntity<String> detail = http.exchange(YEAR_2031 + "&detail=leaving-employed", HttpMethod.GET,
                new HttpEntity<>(headers), String.class);
        assertThat(detail.getBody().lines().toList()).containsExactly("journey_id", a.toString());
    }

    @Test
    void badQueriesNameTheParameterAndOnlyManagersAndTeamLeadsMayAsk() {
        assertThat(errors(get("manager", "/api/v1/reports/indicators?to=2031-12-31"))).containsExactly("from:required");
        assertThat(errors(get("manager", "/api/v1/reports/indicators?from=2031-13-01&to=2031-12-31")))
                .containsExactly("from:format");
        assertThat(errors(get("manager", "/api/v1/reports/indicators?from=2031-12-31&to=2031-01-01")))
                .containsExactly("to:after-from");
        assertThat(errors(get("manager", "/api/v1/reports/indicators?from=2000-01-01&to=2031-01-01")))
                .containsExactly("to:max-period");
        assertThat(errors(get("manager", YEAR_2031 + "&detail=happiness"))).containsExactly("detail:enum");
        assertThat(errors(get("manager", YEAR_2031 + "&gender=MALE"))).containsExactly("gender:with-detail");
        assertThat(errors(get("manager", YEAR_2031 + "&detail=leavers&gender=OTHER"))).containsExactly("gender:enum");

        for (String user : List.of("coordinator", "coach", "instructor", "counsellor", "employer", "integration")) {
            assertThat(get(user, YEAR_2031).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(get(null, YEAR_2031).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("admin", YEAR_2031).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private static List<String> ids(JsonNode detail) {
        List<String> ids = new ArrayList<>();
        detail.get("journeyIds").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private static List<String> errors(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> errors = new ArrayList<>();
        response.getBody().get("errors").forEach(error -> errors.add(error.get("field").asText() + ":" + error.get("rule").asText()));
        return errors;
    }
}
