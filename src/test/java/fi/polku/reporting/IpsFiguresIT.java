package fi.polku.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The IPS figures over HTTP, on six work-activity journeys seeded in 2021 (no other test writes the
 * work-activity tables with dates that far back). Every expected figure below is worked out by hand.
 */
class IpsFiguresIT extends IntegrationTest {

    private static final String YEAR_2021 = "/api/v1/reports/ips-figures?from=2021-01-01&to=2021-12-31";

    private UUID a;
    private UUID b;
    private UUID c;
    private UUID d;
    private UUID e;
    private UUID f;

    private UUID journey(String name) {
        UUID participant = UUID.randomUUID();
        jdbc.update("""
                insert into participant (id, first_name, last_name, birth_date, gender, municipality, preferred_language,
                    education_level, ict_background, months_unemployed, finnish_level)
                values (?, ?, 'Ipsfigures', date '1990-01-01', 'FEMALE', 'Helsinki', 'fi', 3, 'NONE', 12, 'NATIVE')""",
                participant, name);
        UUID journey = UUID.randomUUID();
        jdbc.update("""
                insert into journey (id, participant_id, source_type, source_organisation, source_referral_id, referrer_name,
                    referrer_email, reason, registered_by, status, phase, journey_type)
                values (?, ?, 'ADULT_SOCIAL_WORK', 'IpsFiguresIT', ?, 'Satu Sorsa', 'satu@example.org', 'IPS figures',
                    'socialworker', 'COMPLETED', 'FOLLOW_UP', 'WORK_ACTIVITY')""", journey, participant, journey.toString());
        return journey;
    }

    private void profiled(UUID journey, String on) {
        jdbc.update("""
                insert into vocational_profile (journey_id, work_history, preferred_sectors, preferred_tasks, preferred_hours,
                    strengths, disclosure, benefits_counselling_needed, profiled_on)
                values (?, 'Warehouse', 'Logistics', 'Picking', 30, 'Careful', 'Nothing', false, ?::date)""", journey, on);
    }

    private void meeting(UUID journey, String on, int contacts, String firstContactOn) {
        jdbc.update("""
                insert into job_search_meeting (journey_id, met_on, employer_contacts, first_contact_on, interviews, offers, outcome)
                values (?, ?::date, ?, ?::date, 0, 0, 'CONTINUE')""", journey, on, contacts, firstContactOn);
    }

    private long job(UUID journey, String startedOn, int hours, String type) {
        return jdbc.queryForObject("""
                insert into job_start (journey_id, employer, started_on, hours_per_week, employment_type)
                values (?, 'Varasto Oy', ?::date, ?, ?) returning id""", Long.class, journey, startedOn, hours, type);
    }

    private void checkIn(UUID journey, long job, int number, String on, boolean stillEmployed) {
        jdbc.update("""
                insert into in_work_check_in (journey_id, job_start_id, check_in_number, held_on, still_employed,
                    hours_per_week, support_needed, support_ends)
                values (?, ?, ?, ?::date, ?, ?, ?, false)""", journey, job, number, on, stillEmployed,
                stillEmployed ? 30 : null, stillEmployed ? Boolean.TRUE : null);
        if (!stillEmployed) {
            jdbc.update("update job_start set ended_on = ?::date where id = ?", on, job);
        }
    }

    @BeforeEach
    void sixJourneys() {
        for (String table : List.of("in_work_check_in", "job_start", "job_search_meeting", "vocational_profile")) {
            jdbc.update("delete from " + table + " where journey_id in (select id from journey where source_organisation = 'IpsFiguresIT')");
        }
        // A: profiled 1.2., first contact 11.2. (10 days; a later meeting's contact does not move it); a job from
        // 1.3., 30 h, open market, still employed at the six-month check-in on 1.9.
        a = journey("A");
        profiled(a, "2021-02-01");
        meeting(a, "2021-02-15", 2, "2021-02-11");
        meeting(a, "2021-03-01", 1, "2021-02-25");
        long jobA = job(a, "2021-03-01", 30, "OPEN_MARKET");
        checkIn(a, jobA, 1, "2021-04-01", true);
        checkIn(a, jobA, 2, "2021-06-01", true);
        checkIn(a, jobA, 3, "2021-09-01", true);
        // B: profiled 1.3., first contact 10.4. (40 days: too late); a subsidised job from 10.5., 20 h, ended at the
        // first check-in: its six months (10.11.) are known and not employed.
        b = journey("B");
        profiled(b, "2021-03-01");
        meeting(b, "2021-04-12", 1, "2021-04-10");
        long jobB = job(b, "2021-05-10", 20, "SUBSIDISED");
        checkIn(b, jobB, 1, "2021-06-01", false);
        // C: profiled 1.4., no employer contact at all: a miss once the 30 days are over.
        c = journey("C");
        profiled(c, "2021-04-01");
        meeting(c, "2021-04-15", 0, null);
        // D: profiled 1.5., a contact the coach dated 25.4., before the profile: day 0, in time.
        d = journey("D");
        profiled(d, "2021-05-01");
        meeting(d, "2021-05-10", 1, "2021-04-25");
        // E: profiled in 2020; a job from 15.6.2021, 25 h, open market; its six-month check-in (15.12.) not held yet.
        e = journey("E");
        profiled(e, "2020-12-20");
        meeting(e, "2021-01-10", 1, "2021-01-05");
        job(e, "2021-06-15", 25, "OPEN_MARKET");
        // F: a job from 1.10.2020, still employed at the six-month check-in on 1.4.2021.
        f = journey("F");
        profiled(f, "2020-09-01");
        long jobF = job(f, "2020-10-01", 35, "OPEN_MARKET");
        checkIn(f, jobF, 1, "2020-11-01", true);
        checkIn(f, jobF, 2, "2021-01-01", true);
        checkIn(f, jobF, 3, "2021-04-01", true);
    }

    private static Map<String, JsonNode> byId(JsonNode report) {
        Map<String, JsonNode> figures = new HashMap<>();
        report.get("figures").forEach(figure -> figures.put(figure.get("id").asText(), figure));
        return figures;
    }

    private static void expect(Map<String, JsonNode> figures, String id, String value, long counted, Long outOf) {
        JsonNode figure = figures.get(id);
        assertThat(figure).as(id).isNotNull();
        assertThat(figure.get("value").decimalValue()).as(id + " value").isEqualByComparingTo(value);
        assertThat(figure.get("counted").asLong()).as(id + " counted").isEqualTo(counted);
        if (outOf == null) {
            assertThat(absent(figure, "outOf")).as(id + " outOf").isTrue();
        } else {
            assertThat(figure.get("outOf").asLong()).as(id + " outOf").isEqualTo(outOf);
        }
    }

    @Test
    void theYearsIpsFiguresAreAsWorkedOutByHand() {
        ResponseEntity<JsonNode> response = get("manager", YEAR_2021);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, JsonNode> figures = byId(response.getBody());
        assertThat(figures).hasSize(IpsFigures.Figure.values().length);

        expect(figures, "days-to-first-employer-contact", "10", 3, null);   // A 10, B 40, D 0 (C none, E, F profiled in 2020)
        expect(figures, "employer-contact-within-30-days", "50.0", 2, 4L);  // A, D of A, B, C, D
        expect(figures, "jobs-started", "3", 3, null);                      // A, B, E (F started in 2020)
        expect(figures, "jobs-started-open-market", "2", 2, 3L);            // A, E
        expect(figures, "hours-per-week", "25", 3, null);                   // 20, 25, 30
        expect(figures, "employed-at-six-months", "66.7", 2, 3L);           // A, F of A, B, F (E not known yet)

        // Two profiles in February-March: the median of 10 and 40 days.
        Map<String, JsonNode> spring = byId(get("lead", "/api/v1/reports/ips-figures?from=2021-02-01&to=2021-03-31").getBody());
        expect(spring, "days-to-first-employer-contact", "25", 2, null);
        // Nothing in the period: no median, no share.
        Map<String, JsonNode> empty = byId(get("lead", "/api/v1/reports/ips-figures?from=2019-01-01&to=2019-12-31").getBody());
        assertThat(absent(empty.get("days-to-first-employer-contact"), "value")).isTrue();
        assertThat(absent(empty.get("employed-at-six-months"), "value")).isTrue();
        expect(empty, "jobs-started", "0", 0, null);
    }

    @Test
    void eachFigureListsTheJourneysBehindIt() {
        JsonNode inTime = get("manager", YEAR_2021 + "&detail=employer-contact-within-30-days").getBody();
        assertThat(inTime.get("journeyIds")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(sorted(a, d));
        assertThat(inTime.get("entries")).hasSize(4);
        Map<String, JsonNode> entries = new HashMap<>();
        inTime.get("entries").forEach(entry -> entries.put(entry.get("journeyId").asText(), entry));
        assertThat(entries.get(b.toString()).get("value").asInt()).isEqualTo(40);
        assertThat(entries.get(b.toString()).get("counts").asBoolean()).isFalse();
        assertThat(absent(entries.get(c.toString()), "value")).isTrue();
        assertThat(entries.get(d.toString()).get("value").asInt()).isZero();

        JsonNode sixMonths = get("manager", YEAR_2021 + "&detail=employed-at-six-months").getBody();
        assertThat(sixMonths.get("journeyIds")).extracting(JsonNode::asText).containsExactlyElementsOf(sorted(a, f));
        assertThat(sixMonths.get("entries")).extracting(entry -> entry.get("journeyId").asText())
                .containsExactly(f.toString(), a.toString(), b.toString());

        JsonNode jobs = get("manager", YEAR_2021 + "&detail=hours-per-week").getBody();
        assertThat(jobs.get("entries")).extracting(entry -> entry.get("value").asInt()).containsExactly(30, 20, 25);
        assertThat(jobs.get("journeyIds")).extracting(JsonNode::asText).containsExactlyElementsOf(sorted(a, b, e));
    }

    @Test
    void theJourneysPageShowsTheSameFiguresForWorkActivityJourneysOnly() {
        JsonNode workActivity = get("manager", "/api/v1/dashboard/journeys?from=2021-01-01&to=2021-12-31"
                + "&journeyType=WORK_ACTIVITY").getBody();
        assertThat(workActivity.get("ipsFigures")).isEqualTo(get("manager", YEAR_2021).getBody());
        assertThat(workActivity.get("journeyType").asText()).isEqualTo("WORK_ACTIVITY");
        assertThat(workActivity.get("results").get("journeyType").asText()).isEqualTo("WORK_ACTIVITY");
        assertThat(workActivity.get("participantsPerPhase").fieldNames()).toIterable()
                .containsExactly("REFERRAL", "VOCATIONAL_PROFILE", "JOB_SEARCH", "IN_WORK_SUPPORT", "FOLLOW_UP");

        JsonNode digitalents = get("manager", "/api/v1/dashboard/journeys?from=2021-01-01&to=2021-12-31"
                + "&journeyType=PARTICIPANT").getBody();
        assertThat(absent(digitalents, "ipsFigures")).isTrue();
        assertThat(digitalents.get("participantsPerPhase").fieldNames()).toIterable()
                .containsExactly("REFERRAL", "INITIAL_ASSESSMENT", "WAGE_SUBSIDY_PERIOD", "TRAINEE_PLACEMENT", "FOLLOW_UP");

        JsonNode both = get("manager", "/api/v1/dashboard/journeys?from=2021-01-01&to=2021-12-31").getBody();
        assertThat(both.get("ipsFigures")).isEqualTo(workActivity.get("ipsFigures"));

        ResponseEntity<JsonNode> unknown = get("manager", "/api/v1/dashboard/journeys?journeyType=SUMMER_JOB");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody().get("errors").get(0).get("field").asText()).isEqualTo("journeyType");
    }

    @Test
    void onlyManagersAndTeamLeadsReadThemAndAnUnknownFigureIsNamed() {
        assertThat(get("coach", YEAR_2021).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("socialworker", YEAR_2021).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> unknown = get("manager", YEAR_2021 + "&detail=happiness");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody().get("errors").get(0).get("field").asText()).isEqualTo("detail");
    }

    /** The API leaves out a field without a value. */
    private static boolean absent(JsonNode node, String field) {
        return node.path(field).isMissingNode() || node.path(field).isNull();
    }

    private static List<String> sorted(UUID... ids) {
        List<String> list = new ArrayList<>();
        for (UUID id : ids) {
            list.add(id.toString());
        }
        // The detail lists journey ids in PostgreSQL's uuid order, which is the order of their text.
        list.sort(null);
        return list;
    }
}
