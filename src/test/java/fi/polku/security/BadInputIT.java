package fi.polku.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bad input, broadly: what a careless or hostile client sends to every endpoint of the integration
 * API and to every form through engine REST (as Tasklist submits it). The catalogue is data: one
 * table for the API and one for the forms, each row naming the endpoint or form, the field, the
 * hostile input and what must come back.
 *
 * <p>Every refused request must answer 4xx (never 500) with the field named — in the problem detail
 * ({@code application/problem+json}, {@code errors[].field}) for the API, in the message of Camunda's
 * JSON error for engine REST — without a stack trace, and must leave nothing behind: the domain
 * tables' rows, the process instances, tasks and variables are the same before and after, and a
 * form's task is still open. Text that is dangerous only elsewhere (HTML, SQL, right-to-left
 * override) is accepted, stored and returned byte for byte as an inert JSON string.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT extends IntegrationTest {

    // ------------------------------------------------------------------------------------------
    // Hostile values
    // ------------------------------------------------------------------------------------------

    static final String ONE_MB = "x".repeat(1 << 20);
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String SQL = "'; drop table participant; --";
    /** U+202E RIGHT-TO-LEFT OVERRIDE: "Aino" followed by text shown reversed. */
    static final String RTL = "Aino \u202Egnp.exe";
    static final String NUL = "Ai\u0000no";
    static final String BELL = "Aino\u0007";
    static final String ANSI = "\u001b[31mAino";
    static final String TEN_KB_ID = "a".repeat(10_000);
    static final String SQL_ID = "1'; drop table journey; --";

    /** Today where Polku's rules count days (Helsinki), not the machine's zone: between 22 and 24 UTC they differ. */
    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/Helsinki"));
    static final LocalDate START = TODAY.plusDays(10);
    static final LocalDate END = START.plusMonths(8).minusDays(1);
    static final LocalDate PLACEMENT_START = END.minusMonths(2).plusDays(1);

    // ------------------------------------------------------------------------------------------
    // The API catalogue: endpoint, caller, hostile input, expected status, field named
    // ------------------------------------------------------------------------------------------

    Stream<Named<ApiCase>> apiCatalogue() {
        String referrals = "/api/v1/referrals";
        String events = "/api/v1/journeys/{journey}/events";
        String companies = "/api/v1/partner-companies";
        String supplements = "/api/v1/supplement-applications";
        String indicators = "/api/v1/reports/indicators";
        String ipsFigures = "/api/v1/reports/ips-figures";
        String dashboard = "/api/v1/dashboard/journeys";
        String caseFiles = "/api/v1/case-files";
        String notes = caseFiles + "/journeys/{journey}/notes";
        return Stream.of(
                // POST /api/v1/referrals: strings
                post(referrals, "participant.firstName of 1 MB", referral("participant.firstName", ONE_MB), 400, "participant.firstName"),
                post(referrals, "reason of 1 MB", referral("reason", ONE_MB), 400, "reason"),
                post(referrals, "participant.firstName with NUL", referral("participant.firstName", NUL), 400, "participant.firstName"),
                post(referrals, "participant.firstName with a BEL control character", referral("participant.firstName", BELL), 400, "participant.firstName"),
                post(referrals, "participant.lastName with an ANSI escape", referral("participant.lastName", ANSI), 400, "participant.lastName"),
                post(referrals, "reason with NUL", referral("reason", "Wants to " + NUL), 400, "reason"),
                post(referrals, "participant.firstName with half a surrogate pair", body(() -> validReferral().replaceFirst("\"firstName\":\"Aino\"", "\"firstName\":\"Ai\\\\ud800no\"")), 400, "participant.firstName"),
                post(referrals, "source.referralId with SQL", referral("source.referralId", SQL), 400, "source.referralId"),
                post(referrals, "participant.firstName blank", referral("participant.firstName", "   "), 400, "participant.firstName"),
                post(referrals, "participant.firstName a number", referral("participant.firstName", 123), 400, "participant.firstName"),
                post(referrals, "participant.firstName an object", referral("participant.firstName", raw("{}")), 400, "participant.firstName"),
                post(referrals, "source.referrer.email not an e-mail", referral("source.referrer.email", "maija@"), 400, "source.referrer.email"),
                // numbers
                post(referrals, "participant.educationLevel a number as a string", referral("participant.educationLevel", "3"), 400, "participant.educationLevel"),
                post(referrals, "participant.educationLevel a fraction", referral("participant.educationLevel", raw("3.5")), 400, "participant.educationLevel"),
                post(referrals, "participant.educationLevel 1e309", referral("participant.educationLevel", raw("1e309")), 400, "participant.educationLevel"),
                post(referrals, "participant.educationLevel 99999999999999999999", referral("participant.educationLevel", raw("99999999999999999999")), 400, "participant.educationLevel"),
                post(referrals, "participant.educationLevel negative", referral("participant.educationLevel", -1), 400, "participant.educationLevel"),
                post(referrals, "participant.monthsUnemployed 2^31", referral("participant.monthsUnemployed", 2147483648L), 400, "participant.monthsUnemployed"),
                post(referrals, "participant.monthsUnemployed negative", referral("participant.monthsUnemployed", -14), 400, "participant.monthsUnemployed"),
                post(referrals, "participant.monthsUnemployed true", referral("participant.monthsUnemployed", true), 400, "participant.monthsUnemployed"),
                // booleans and enums
                post(referrals, "consent.processing a boolean as a string", referral("consent.processing", "true"), 400, "consent.processing"),
                post(referrals, "consent.processing 1", referral("consent.processing", 1), 400, "consent.processing"),
                post(referrals, "consent.processing false", referral("consent.processing", false), 400, "consent.processing"),
                post(referrals, "participant.gender lower case", referral("participant.gender", "female"), 400, "participant.gender"),
                post(referrals, "participant.gender an enum index", referral("participant.gender", 0), 400, "participant.gender"),
                post(referrals, "participant.gender with NUL", referral("participant.gender", "FEMALE\u0000"), 400, "participant.gender"),
                post(referrals, "participant.preferredLanguage 1 MB", referral("participant.preferredLanguage", ONE_MB), 400, "participant.preferredLanguage"),
                // structure
                post(referrals, "participant an array", referral("participant", raw("[]")), 400, "participant"),
                post(referrals, "source a string", referral("source", "HES"), 400, "source"),
                post(referrals, "participant null", referral("participant", null), 400, "participant"),
                post(referrals, "reason null", referral("reason", null), 400, "reason"),
                post(referrals, "participant.birthDate null", referral("participant.birthDate", null), 400, "participant.birthDate"),
                post(referrals, "consent missing", referralWithout("consent"), 400, "consent"),
                post(referrals, "an unknown field at the top", referral("admin", true), 400, "admin"),
                post(referrals, "an unknown field inside", referral("participant.ssn", "120498-123A"), 400, "participant.ssn"),
                post(referrals, "a duplicate key participant.firstName", duplicateKey(this::validReferral, "firstName", "\"Mallory\""), 400, "participant.firstName"),
                post(referrals, "a duplicate key reason", duplicateKey(this::validReferral, "reason", "\"first\""), 400, "reason"),
                post(referrals, "reason nested 10,000 levels deep", referral("reason", raw(nested(10_000))), 400, "reason"),
                // dates
                post(referrals, "participant.birthDate 0000-01-01", referral("participant.birthDate", "0000-01-01"), 400, "participant.birthDate"),
                post(referrals, "participant.birthDate 9999-12-31", referral("participant.birthDate", "9999-12-31"), 400, "participant.birthDate"),
                post(referrals, "participant.birthDate 2026-02-30", referral("participant.birthDate", "2026-02-30"), 400, "participant.birthDate"),
                post(referrals, "participant.birthDate yesterday", referral("participant.birthDate", "yesterday"), 400, "participant.birthDate"),
                post(referrals, "participant.birthDate +99999-01-01", referral("participant.birthDate", "+99999-01-01"), 400, "participant.birthDate"),
                post(referrals, "participant.birthDate a number", referral("participant.birthDate", 10_000), 400, "participant.birthDate"),
                post(referrals, "participant.birthDate an array", referral("participant.birthDate", raw("[1998, 4, 12]")), 400, "participant.birthDate"),
                // raw bodies
                post(referrals, "invalid UTF-8 in a string", invalidUtf8(this::validReferral, "reason"), 400, "reason"),
                post(referrals, "invalid UTF-8 between two fields of source", invalidUtf8Outside(this::validReferral), 400, "source"),
                post(referrals, "an empty body", body(() -> ""), 400, "(body)"),
                post(referrals, "the body null", body(() -> "null"), 400, "(body)"),
                post(referrals, "the body an array", body(() -> "[]"), 400, "(body)"),
                post(referrals, "the body a string", body(() -> "\"referral\""), 400, "(body)"),
                post(referrals, "not JSON", body(() -> "{source: HES}"), 400, "(body)"),
                post(referrals, "a body nested 10,000 levels deep", body(() -> nested(10_000)), 400, "(body)"),
                post(referrals, "a body of 5 MB", referral("reason", "x".repeat(5 << 20)), 413, "(body)"),
                post(referrals, "Content-Type text/plain", referral("reason", "Text"), 400, "Content-Type").contentType("text/plain"),
                post(referrals, "no Content-Type", referral("reason", "Text"), 400, "Content-Type").contentType(null),
                post(referrals, "a form post", body(() -> "reason=x"), 400, "Content-Type").contentType("application/x-www-form-urlencoded"),
                post(referrals, "Content-Type application/xml", body(() -> "<referral/>"), 400, "Content-Type").contentType("application/xml"),
                post(referrals, "asking for XML", referral("reason", ONE_MB), 406, "Accept").accepting("application/xml"),
                // stored and shown back inert
                post(referrals, "participant.lastName with HTML is stored inert", referral("participant.lastName", SCRIPT), 201, null)
                        .readsBack(this::referralStoredAsSent),
                post(referrals, "participant.lastName with SQL is stored inert", referral("participant.lastName", "O'Brien; drop table participant; --"), 201, null)
                        .readsBack(this::referralStoredAsSent),
                post(referrals, "participant.lastName with a right-to-left override is stored inert", referral("participant.lastName", RTL), 201, null)
                        .readsBack(this::referralStoredAsSent),
                post(referrals, "reason with HTML, SQL, tabs and line breaks is stored inert", referral("reason", SCRIPT + "\t" + SQL + "\r\n" + RTL), 201, null)
                        .readsBack(this::referralStoredAsSent),

                // GET /api/v1/referrals/{journeyId}
                get("/api/v1/referrals/not-a-uuid", "integration", "journeyId not a UUID", 400, "journeyId"),
                get("/api/v1/referrals/" + encode(SQL_ID), "integration", "journeyId with SQL", 400, "journeyId"),
                get("/api/v1/referrals/" + TEN_KB_ID, "integration", "journeyId of 10 kB (over the request line limit)", 400, "(request)"),
                get("/api/v1/referrals/" + UUID.randomUUID(), "integration", "journeyId unknown", 404, null),

                // POST /api/v1/journeys/{journeyId}/events
                post("/api/v1/journeys/not-a-uuid/events", "journeyId not a UUID", event("PLACE_AVAILABLE", "{}"), 400, "journeyId"),
                post("/api/v1/journeys/" + encode(SQL_ID) + "/events", "journeyId with SQL", event("PLACE_AVAILABLE", "{}"), 400, "journeyId"),
                post("/api/v1/journeys/" + TEN_KB_ID + "/events", "journeyId of 10 kB (over the request line limit)", event("PLACE_AVAILABLE", "{}"), 400, "(request)"),
                post("/api/v1/journeys/" + UUID.randomUUID() + "/events", "journeyId unknown", event("PLACE_AVAILABLE", "{}"), 404, null).as("lead"),
                post(events, "type unknown", event("SOMETHING", "{}"), 400, "type"),
                post(events, "type lower case", event("journey_withdrawn", "{\"reason\": \"MOVED_AWAY\"}"), 400, "type"),
                post(events, "type a number", body(() -> "{\"type\": 7}"), 400, "type"),
                post(events, "type null", body(() -> "{\"type\": null}"), 400, "type"),
                post(events, "type missing", body(() -> "{\"data\": {}}"), 400, "type"),
                post(events, "type with NUL", event("PLACE_AVAILABLE\u0000", "{}"), 400, "type"),
                post(events, "type of 1 MB", event(ONE_MB, "{}"), 400, "type"),
                post(events, "type a duplicate key", body(() -> "{\"type\": \"PLACE_AVAILABLE\", \"type\": \"JOURNEY_WITHDRAWN\", \"data\": {\"reason\": \"MOVED_AWAY\"}}"), 400, "type"),
                post(events, "data an array", body(() -> "{\"type\": \"JOURNEY_WITHDRAWN\", \"data\": [\"MOVED_AWAY\"]}"), 400, "data"),
                post(events, "data a string", body(() -> "{\"type\": \"JOURNEY_WITHDRAWN\", \"data\": \"MOVED_AWAY\"}"), 400, "data"),
                post(events, "an unknown field beside type", body(() -> "{\"type\": \"PLACE_AVAILABLE\", \"priority\": 1}"), 400, "priority"),
                post(events, "data nested 10,000 levels deep", body(() -> "{\"type\": \"PLACE_AVAILABLE\", \"data\": " + nestedObject(10_000) + "}"), 400, "data"),
                post(events, "a body of 5 MB", event("REFERRAL_INFO_PROVIDED", "{\"information\": \"" + "x".repeat(5 << 20) + "\"}"), 413, "(body)"),
                post(events, "invalid UTF-8", invalidUtf8(() -> event("REFERRAL_INFO_PROVIDED", "{\"information\": \"text\"}").get().json(), "information"), 400, "data"),
                post(events, "Content-Type text/plain", event("PLACE_AVAILABLE", "{}"), 400, "Content-Type").contentType("text/plain"),
                post(events, "an empty body", body(() -> ""), 400, "(body)"),
                // each event type's data
                post(events, "REFERRAL_INFO_PROVIDED information of 4,001 characters", event("REFERRAL_INFO_PROVIDED", data("information", "x".repeat(4001))), 400, "data.information"),
                post(events, "REFERRAL_INFO_PROVIDED information with NUL", event("REFERRAL_INFO_PROVIDED", data("information", NUL)), 400, "data.information"),
                post(events, "REFERRAL_INFO_PROVIDED information a number", event("REFERRAL_INFO_PROVIDED", "{\"information\": 42}"), 400, "data.information"),
                post(events, "REFERRAL_INFO_PROVIDED an unknown field", event("REFERRAL_INFO_PROVIDED", "{\"attachment\": \"x\"}"), 400, "data.attachment"),
                post(events, "PLACE_AVAILABLE an unknown field", event("PLACE_AVAILABLE", "{\"places\": 3}"), 400, "data.places").as("lead"),
                post(events, "WAGE_SUBSIDY_DECIDED decisionNumber missing", event("WAGE_SUBSIDY_DECIDED", decision("decisionNumber", null)), 400, "data.decisionNumber"),
                post(events, "WAGE_SUBSIDY_DECIDED decisionNumber of 1 MB", event("WAGE_SUBSIDY_DECIDED", decision("decisionNumber", ONE_MB)), 400, "data.decisionNumber"),
                post(events, "WAGE_SUBSIDY_DECIDED decisionNumber with NUL", event("WAGE_SUBSIDY_DECIDED", decision("decisionNumber", "WS\u0000")), 400, "data.decisionNumber"),
                post(events, "WAGE_SUBSIDY_DECIDED granted a string", event("WAGE_SUBSIDY_DECIDED", decision("granted", "yes")), 400, "data.granted"),
                post(events, "WAGE_SUBSIDY_DECIDED granted null", event("WAGE_SUBSIDY_DECIDED", decision("granted", null)), 400, "data.granted"),
                post(events, "WAGE_SUBSIDY_DECIDED funding unknown", event("WAGE_SUBSIDY_DECIDED", decision("funding", "FREE_MONEY")), 400, "data.funding"),
                post(events, "WAGE_SUBSIDY_DECIDED subsidyPercent 101", event("WAGE_SUBSIDY_DECIDED", decision("subsidyPercent", 101)), 400, "data.subsidyPercent"),
                post(events, "WAGE_SUBSIDY_DECIDED subsidyPercent negative", event("WAGE_SUBSIDY_DECIDED", decision("subsidyPercent", -1)), 400, "data.subsidyPercent"),
                post(events, "WAGE_SUBSIDY_DECIDED subsidyPercent a string", event("WAGE_SUBSIDY_DECIDED", decision("subsidyPercent", "70")), 400, "data.subsidyPercent"),
                post(events, "WAGE_SUBSIDY_DECIDED subsidyPercent a fraction", event("WAGE_SUBSIDY_DECIDED", decision("subsidyPercent", raw("70.5"))), 400, "data.subsidyPercent"),
                post(events, "WAGE_SUBSIDY_DECIDED subsidyPercent 1e309", event("WAGE_SUBSIDY_DECIDED", decision("subsidyPercent", raw("1e309"))), 400, "data.subsidyPercent"),
                post(events, "WAGE_SUBSIDY_DECIDED startDate 2026-02-30", event("WAGE_SUBSIDY_DECIDED", decision("startDate", "2026-02-30")), 400, "data.startDate"),
                post(events, "WAGE_SUBSIDY_DECIDED startDate yesterday", event("WAGE_SUBSIDY_DECIDED", decision("startDate", "yesterday")), 400, "data.startDate"),
                post(events, "WAGE_SUBSIDY_DECIDED startDate 0000-01-01 (end 0001-06-01)", event("WAGE_SUBSIDY_DECIDED", decision("startDate", "0000-01-01", "endDate", "0001-06-01")), 400, "data.startDate"),
                post(events, "WAGE_SUBSIDY_DECIDED endDate 9999-12-31 (start 9999-06-01)", event("WAGE_SUBSIDY_DECIDED", decision("startDate", "9999-06-01", "endDate", "9999-12-31")), 400, "data.startDate"),
                post(events, "WAGE_SUBSIDY_DECIDED endDate before startDate", event("WAGE_SUBSIDY_DECIDED", decision("endDate", START.minusDays(1).toString())), 400, "data.endDate"),
                post(events, "WAGE_SUBSIDY_DECIDED endDate 30 months after startDate", event("WAGE_SUBSIDY_DECIDED", decision("endDate", START.plusMonths(30).toString())), 400, "data.endDate"),
                post(events, "WAGE_SUBSIDY_DECIDED an unknown field", event("WAGE_SUBSIDY_DECIDED", decision("approvedBy", "me")), 400, "data.approvedBy"),
                post(events, "EMPLOYMENT_FOUND employer missing", event("EMPLOYMENT_FOUND", "{\"startDate\": \"2027-03-01\", \"contractType\": \"PERMANENT\"}"), 400, "data.employer"),
                post(events, "EMPLOYMENT_FOUND employer of 1 MB", event("EMPLOYMENT_FOUND", "{\"employer\": \"" + ONE_MB + "\", \"startDate\": \"2027-03-01\", \"contractType\": \"PERMANENT\"}"), 400, "data.employer"),
                post(events, "EMPLOYMENT_FOUND startDate yesterday", event("EMPLOYMENT_FOUND", "{\"employer\": \"Oy\", \"startDate\": \"yesterday\", \"contractType\": \"PERMANENT\"}"), 400, "data.startDate"),
                post(events, "EMPLOYMENT_FOUND startDate 9999-12-31", event("EMPLOYMENT_FOUND", "{\"employer\": \"Oy\", \"startDate\": \"9999-12-31\", \"contractType\": \"PERMANENT\"}"), 400, "data.startDate"),
                post(events, "EMPLOYMENT_FOUND contractType unknown", event("EMPLOYMENT_FOUND", "{\"employer\": \"Oy\", \"startDate\": \"2027-03-01\", \"contractType\": \"GIG\"}"), 400, "data.contractType"),
                post(events, "PERIOD_INTERRUPTED reason null", event("PERIOD_INTERRUPTED", "{\"reason\": null}"), 400, "data.reason"),
                post(events, "PERIOD_INTERRUPTED comment of 2,001 characters", event("PERIOD_INTERRUPTED", "{\"reason\": \"HEALTH\", \"comment\": \"" + "x".repeat(2001) + "\"}"), 400, "data.comment"),
                post(events, "PERIOD_INTERRUPTED comment with NUL", event("PERIOD_INTERRUPTED", "{\"reason\": \"HEALTH\", \"comment\": \"a\\u0000b\"}"), 400, "data.comment"),
                post(events, "PLACEMENT_CONFIRMED confirmedBy of 201 characters", event("PLACEMENT_CONFIRMED", "{\"attempt\": 1, \"confirmedBy\": \"" + "x".repeat(201) + "\"}"), 400, "data.confirmedBy"),
                post(events, "PLACEMENT_CONFIRMED without the match it answers", event("PLACEMENT_CONFIRMED", data("confirmedBy", "Kalle")), 400, "data.attempt"),
                post(events, "PLACEMENT_CONFIRMED attempt 0", event("PLACEMENT_CONFIRMED", "{\"attempt\": 0}"), 400, "data.attempt"),
                post(events, "PLACEMENT_CONFIRMED attempt a string", event("PLACEMENT_CONFIRMED", "{\"attempt\": \"1\"}"), 400, "data.attempt"),
                post(events, "PLACEMENT_CONFIRMED comment with NUL", event("PLACEMENT_CONFIRMED", "{\"attempt\": 1, \"comment\": \"\\u0000\"}"), 400, "data.comment"),
                post(events, "PLACEMENT_CANCELLED reason unknown", event("PLACEMENT_CANCELLED", "{\"reason\": \"BORED\"}"), 400, "data.reason"),
                post(events, "PLACEMENT_CANCELLED comment of 1 MB", event("PLACEMENT_CANCELLED", "{\"reason\": \"OTHER\", \"comment\": \"" + ONE_MB + "\"}"), 400, "data.comment"),
                post(events, "JOURNEY_WITHDRAWN reason missing", event("JOURNEY_WITHDRAWN", "{}"), 400, "data.reason"),
                post(events, "JOURNEY_WITHDRAWN reason an enum index", event("JOURNEY_WITHDRAWN", "{\"reason\": 1}"), 400, "data.reason"),
                post(events, "JOURNEY_WITHDRAWN reason an array", event("JOURNEY_WITHDRAWN", "{\"reason\": [\"MOVED_AWAY\"]}"), 400, "data.reason"),
                post(events, "JOURNEY_WITHDRAWN reason a duplicate key", event("JOURNEY_WITHDRAWN", "{\"reason\": \"OTHER\", \"reason\": \"MOVED_AWAY\"}"), 400, "data.reason"),
                post(events, "JOURNEY_WITHDRAWN comment with an ANSI escape", event("JOURNEY_WITHDRAWN", "{\"reason\": \"OTHER\", \"comment\": \"\\u001b[2J\"}"), 400, "data.comment"),

                // POST /api/v1/partner-companies
                post(companies, "name of 1 MB", company("name", ONE_MB), 400, "name").as("employer"),
                post(companies, "name with NUL", company("name", "Koodi\u0000paja Oy"), 400, "name").as("employer"),
                post(companies, "name a number", company("name", 42), 400, "name").as("employer"),
                post(companies, "name null", company("name", null), 400, "name").as("employer"),
                post(companies, "businessId with a wrong check digit", company("businessId", "1234567-8"), 400, "businessId").as("employer"),
                post(companies, "businessId a number", company("businessId", 12345678), 400, "businessId").as("employer"),
                post(companies, "businessId with SQL", company("businessId", SQL), 400, "businessId").as("employer"),
                post(companies, "organisationType lower case", company("organisationType", "company"), 400, "organisationType").as("employer"),
                post(companies, "email not an e-mail", company("email", "kalle at koodipaja"), 400, "email").as("employer"),
                post(companies, "phone with letters", company("phone", "+358 CALL ME"), 400, "phone").as("employer"),
                post(companies, "skills a string", company("skills", "Java"), 400, "skills").as("employer"),
                post(companies, "skills of 21", company("skills", raw(jsonArray(21, "skill"))), 400, "skills").as("employer"),
                post(companies, "skills with a blank", company("skills", raw("[\"Java\", \"  \"]")), 400, "skills[1]").as("employer"),
                post(companies, "skills with null", company("skills", raw("[\"Java\", null]")), 400, "skills[1]").as("employer"),
                post(companies, "skills with a number", company("skills", raw("[\"Java\", 7]")), 400, "skills[1]").as("employer"),
                post(companies, "skills with one of 1 MB", company("skills", raw("[\"" + ONE_MB + "\"]")), 400, "skills[0]").as("employer"),
                post(companies, "skills with NUL", company("skills", raw("[\"Ja\\u0000va\"]")), 400, "skills[0]").as("employer"),
                post(companies, "recruitmentNeeds of 2,001 characters", company("recruitmentNeeds", "x".repeat(2001)), 400, "recruitmentNeeds").as("employer"),
                post(companies, "responsibleEmployerCheckedOn in the future", company("responsibleEmployerCheckedOn", TODAY.plusDays(1).toString()), 400, "responsibleEmployerCheckedOn").as("employer"),
                post(companies, "responsibleEmployerCheckedOn 0000-01-01", company("responsibleEmployerCheckedOn", "0000-01-01"), 400, "responsibleEmployerCheckedOn").as("employer"),
                post(companies, "responsibleEmployerCheckedOn 2026-02-30", company("responsibleEmployerCheckedOn", "2026-02-30"), 400, "responsibleEmployerCheckedOn").as("employer"),
                post(companies, "status is not set by the client", company("status", "PAUSED"), 400, "status").as("employer"),
                post(companies, "id is not set by the client", company("id", UUID.randomUUID().toString()), 400, "id").as("employer"),
                post(companies, "a duplicate key name", duplicateKey(() -> validCompany().toString(), "name", "\"First Oy\""), 400, "name").as("employer"),
                post(companies, "a body of 5 MB", company("recruitmentNeeds", "x".repeat(5 << 20)), 413, "(body)").as("employer"),
                post(companies, "invalid UTF-8", invalidUtf8(() -> validCompany().toString(), "name"), 400, "name").as("employer"),
                post(companies, "Content-Type text/plain", company("name", "Oy"), 400, "Content-Type").as("employer").contentType("text/plain"),
                post(companies, "name with HTML is stored inert", company("name", SCRIPT), 201, null).as("employer")
                        .readsBack(this::companyStoredAsSent),
                post(companies, "recruitmentNeeds with SQL is stored inert", company("recruitmentNeeds", "'; drop table partner_company; --"), 201, null).as("employer")
                        .readsBack(this::companyStoredAsSent),
                post(companies, "name with a right-to-left override is stored inert", company("name", RTL + " Oy"), 201, null).as("employer")
                        .readsBack(this::companyStoredAsSent),
                // POST /api/v1/supplement-applications
                post(supplements, "employerApplicationId with SQL", supplement("employerApplicationId", SQL), 400, "employerApplicationId"),
                post(supplements, "employerApplicationId of 10 kB", supplement("employerApplicationId", TEN_KB_ID), 400, "employerApplicationId"),
                post(supplements, "language unknown", supplement("language", "de"), 400, "language"),
                post(supplements, "employer.name with NUL", supplement("employer.name", NUL), 400, "employer.name"),
                post(supplements, "employer.name of 1 MB", supplement("employer.name", ONE_MB), 400, "employer.name"),
                post(supplements, "employer.businessId with a wrong check digit", supplement("employer.businessId", "1234567-8"), 400, "employer.businessId"),
                post(supplements, "employer.iban with a wrong checksum", supplement("employer.iban", "FI4950009420028731"), 400, "employer.iban"),
                post(supplements, "employer.iban a number", supplement("employer.iban", 4950009420028730L), 400, "employer.iban"),
                post(supplements, "employer.iban with SQL", supplement("employer.iban", SQL), 400, "employer.iban"),
                post(supplements, "employer.organisationType an enum index", supplement("employer.organisationType", 0), 400, "employer.organisationType"),
                post(supplements, "deMinimis.currentYearEur negative", supplement("deMinimis.currentYearEur", -1), 400, "deMinimis.currentYearEur"),
                post(supplements, "deMinimis.currentYearEur a number as a string", supplement("deMinimis.currentYearEur", "100"), 400, "deMinimis.currentYearEur"),
                post(supplements, "deMinimis.currentYearEur 1e309", supplement("deMinimis.currentYearEur", raw("1e309")), 400, "deMinimis.currentYearEur"),
                post(supplements, "deMinimis.currentYearEur a third of a cent", supplement("deMinimis.currentYearEur", raw("0.003")), 400, "deMinimis.currentYearEur"),
                post(supplements, "deMinimis over the three-year ceiling", supplement("deMinimis.yearBeforeEur", 300000), 400, "deMinimis"),
                post(supplements, "employee.birthDate 2026-02-30", supplement("employee.birthDate", "2026-02-30"), 400, "employee.birthDate"),
                post(supplements, "employee.journeyId not a UUID", supplement("employee.journeyId", SQL_ID), 400, "employee.journeyId"),
                post(supplements, "employee.journeyId unknown", supplement("employee.journeyId", UUID.randomUUID().toString()), 400, "employee.journeyId"),
                post(supplements, "employee.lastName with an ANSI escape", supplement("employee.lastName", ANSI), 400, "employee.lastName"),
                post(supplements, "employment.hoursPerWeek 0", supplement("employment.hoursPerWeek", 0), 400, "employment.hoursPerWeek"),
                post(supplements, "employment.hoursPerWeek 168", supplement("employment.hoursPerWeek", 168), 400, "employment.hoursPerWeek"),
                post(supplements, "employment.monthlyPayEur negative", supplement("employment.monthlyPayEur", -2800), 400, "employment.monthlyPayEur"),
                post(supplements, "employment.paySubsidised 1", supplement("employment.paySubsidised", 1), 400, "employment.paySubsidised"),
                post(supplements, "employment.startDate 9999-12-31", supplement("employment.startDate", "9999-12-31"), 400, "employment.startDate"),
                post(supplements, "period.endDate before its start", supplement("period.endDate", "2000-01-01"), 400, "period.endDate"),
                post(supplements, "status is not set by the client", supplement("status", "ACCEPTED"), 400, "status"),
                post(supplements, "a duplicate key employerApplicationId", duplicateKey(() -> supplementApplication().toString(), "employerApplicationId", "\"EES-FIRST\""), 400, "employerApplicationId"),
                post(supplements + "/not-a-uuid/cancellation", "cancellation: id not a UUID", null, 400, "applicationId"),
                post(supplements + "/" + UUID.randomUUID() + "/cancellation", "cancellation: id unknown", null, 404, null),
                post(supplements + "/" + UUID.randomUUID() + "/events", "event type unknown", body(() -> "{\"type\": \"BONUS\", \"data\": {}}"), 400, "type"),
                post(supplements + "/" + UUID.randomUUID() + "/events", "event data missing", body(() -> "{\"type\": \"PAY_REALISED\"}"), 400, "data"),
                post(supplements + "/" + UUID.randomUUID() + "/events", "PAY_REALISED realisedPayEur negative", body(() -> "{\"type\": \"PAY_REALISED\", \"data\": {\"realisedPayEur\": -1}}"), 400, "data.realisedPayEur"),
                post(supplements + "/" + UUID.randomUUID() + "/events", "PAY_REALISED realisedPayEur as a string", body(() -> "{\"type\": \"PAY_REALISED\", \"data\": {\"realisedPayEur\": \"16800\"}}"), 400, "data.realisedPayEur"),
                post(supplements + "/" + UUID.randomUUID() + "/events", "EMPLOYMENT_ENDED endDate 2026-02-30", body(() -> "{\"type\": \"EMPLOYMENT_ENDED\", \"data\": {\"endDate\": \"2026-02-30\"}}"), 400, "data.endDate"),
                post(supplements + "/" + UUID.randomUUID() + "/events", "SUPPLEMENT_INFO_PROVIDED answer with NUL", body(() -> "{\"type\": \"SUPPLEMENT_INFO_PROVIDED\", \"data\": {\"answer\": \"a\\u0000b\"}}"), 400, "data.answer"),
                post(supplements + "/" + UUID.randomUUID() + "/events", "SUPPLEMENT_INFO_PROVIDED answer of 4,001 characters", body(() -> "{\"type\": \"SUPPLEMENT_INFO_PROVIDED\", \"data\": {\"answer\": \"" + "x".repeat(4001) + "\"}}"), 400, "data.answer"),
                post(supplements + "/" + UUID.randomUUID() + "/events", "an unknown field in data", body(() -> "{\"type\": \"PAY_REALISED\", \"data\": {\"bonus\": 1}}"), 400, "data.bonus"),
                post(supplements + "/" + UUID.randomUUID() + "/events", "a known event of an unknown application", body(() -> "{\"type\": \"PAY_REALISED\", \"data\": {\"realisedPayEur\": 1}}"), 404, null),
                get("/api/v1/supplement-payments/export?date=yesterday", "integration", "export: date yesterday", 400, "date")
                        .accepting("text/csv"),
                get("/api/v1/supplement-payments/export?date=2026-02-30", "integration", "export: date 2026-02-30", 400, "date")
                        .accepting("text/csv"),
                get("/api/v1/supplement-payments/export?date=0000-01-01", "integration", "export: date 0000-01-01", 400, "date")
                        .accepting("text/csv"),
                get(supplements + "/" + encode(SQL_ID), "integration", "id with SQL", 400, "applicationId"),
                get(supplements + "/" + UUID.randomUUID(), "integration", "id unknown", 404, null),
                // PUT /api/v1/partner-companies/{id}, pause, activate, GET one
                put(companies + "/{company}", "name of 1 MB", company("name", ONE_MB), 400, "name"),
                put(companies + "/{company}", "name with NUL", company("name", NUL), 400, "name"),
                put(companies + "/{company}", "organisationType null", company("organisationType", null), 400, "organisationType"),
                put(companies + "/{company}", "status is not set by the client", company("status", "PAUSED"), 400, "status"),
                put(companies + "/not-a-uuid", "id not a UUID", company("name", "Oy"), 400, "id"),
                put(companies + "/" + encode(SQL_ID), "id with SQL", company("name", "Oy"), 400, "id"),
                put(companies + "/" + TEN_KB_ID, "id of 10 kB (over the request line limit)", company("name", "Oy"), 400, "(request)"),
                put(companies + "/" + UUID.randomUUID(), "id unknown", company("name", "Oy"), 404, null),
                post(companies + "/not-a-uuid/pause", "pause: id not a UUID", null, 400, "id").as("employer"),
                post(companies + "/" + UUID.randomUUID() + "/activate", "activate: id unknown", null, 404, null).as("employer"),
                get(companies + "/" + encode(SQL_ID), "employer", "id with SQL", 400, "id"),
                // GET /api/v1/partner-companies search
                get(companies + "?page=-1", "employer", "page negative", 400, "page"),
                get(companies + "?page=99999999999", "employer", "page beyond an int", 400, "page"),
                get(companies + "?page=100001", "employer", "page huge", 400, "page"),
                get(companies + "?page=1.5", "employer", "page a fraction", 400, "page"),
                get(companies + "?size=0", "employer", "size 0", 400, "size"),
                get(companies + "?size=-5", "employer", "size negative", 400, "size"),
                get(companies + "?size=101", "employer", "size 101", 400, "size"),
                get(companies + "?size=abc", "employer", "size not a number", 400, "size"),
                get(companies + "?status=DELETED", "employer", "status unknown", 400, "status"),
                get(companies + "?name=" + "x".repeat(201), "employer", "name of 201 characters", 400, "name"),
                get(companies + "?skill=" + "x".repeat(51), "employer", "skill of 51 characters", 400, "skill"),
                get(companies + "?name=Koodi%00paja", "employer", "name with NUL", 400, "name"),
                get(companies + "?skill=Ja%00va", "employer", "skill with NUL", 400, "skill"),
                get(companies + "?name=%25", "employer", "name % is a literal, not a wildcard", 200, null)
                        .readsBack((reply, sent) -> assertThat(reply.json().get("items")).allSatisfy(
                                item -> assertThat(item.get("name").asText()).contains("%"))),
                get(companies + "?name=_", "employer", "name _ is a literal, not a wildcard", 200, null)
                        .readsBack((reply, sent) -> assertThat(reply.json().get("items")).allSatisfy(
                                item -> assertThat(item.get("name").asText()).contains("_"))),
                get(companies + "?name=" + encode("' or '1'='1"), "employer", "name with SQL finds nothing", 200, null)
                        .readsBack((reply, sent) -> assertThat(reply.json().get("total").asLong()).isZero()),

                // GET /api/v1/reports/indicators
                get(indicators + "?to=2027-12-31", "manager", "from missing", 400, "from"),
                get(indicators + "?from=yesterday&to=2027-12-31", "manager", "from yesterday", 400, "from"),
                get(indicators + "?from=2026-02-30&to=2027-12-31", "manager", "from 2026-02-30", 400, "from"),
                get(indicators + "?from=2027-01-01&to=2026-01-01", "manager", "from after to", 400, "to"),
                get(indicators + "?from=2027-01-01&to=99999-12-31", "manager", "to in year 99999", 400, "to"),
                get(indicators + "?from=%2B99999-01-01&to=%2B99999-12-31", "manager", "from and to in year +99999", 400, "from"),
                get(indicators + "?from=0000-01-01&to=0001-01-01", "manager", "from 0000-01-01", 400, "from"),
                get(indicators + "?from=-999999999-01-01&to=-999999999-12-31", "manager", "from and to in year -999999999", 400, "from"),
                get(indicators + "?from=2027-01-01&to=2038-01-01", "manager", "a period of 11 years", 400, "to"),
                get(indicators + "?from=2027-01-01%00&to=2027-12-31", "manager", "from with NUL", 400, "from"),
                get(indicators + "?from=2027-01-01&to=2027-12-31&detail=" + encode(SQL), "manager", "detail with SQL", 400, "detail"),
                get(indicators + "?from=2027-01-01&to=2027-12-31&detail=leavers&gender=" + "x".repeat(1024), "manager", "gender unknown", 400, "gender"),
                get(indicators + "?from=2027-01-01&to=2027-12-31&gender=FEMALE", "manager", "gender without detail", 400, "gender"),
                get(indicators + "?from=yesterday&to=2027-12-31", "manager", "from yesterday, asking for CSV", 400, "from")
                        .accepting("text/csv"),
                get(indicators + "?from=2027-01-01&to=2027-12-31&detail=nonsense", "manager", "asking for HTML", 406, "Accept")
                        .accepting("text/html"),

                // GET /api/v1/reports/ips-figures
                get(ipsFigures + "?to=2027-12-31", "manager", "from missing", 400, "from"),
                get(ipsFigures + "?from=2026-02-30&to=2027-12-31", "manager", "from 2026-02-30", 400, "from"),
                get(ipsFigures + "?from=2027-01-01&to=2026-01-01", "manager", "from after to", 400, "to"),
                get(ipsFigures + "?from=2027-01-01&to=2038-01-01", "manager", "a period of 11 years", 400, "to"),
                get(ipsFigures + "?from=2027-01-01&to=2027-12-31&detail=" + encode(SQL), "manager", "detail with SQL", 400, "detail"),

                // GET /api/v1/dashboard/journeys
                get(dashboard + "?journeyType=" + encode(SQL), "manager", "journeyType with SQL", 400, "journeyType"),
                get(dashboard + "?from=yesterday", "manager", "from yesterday", 400, "from"),
                get(dashboard + "?to=2026-02-30", "manager", "to 2026-02-30", 400, "to"),
                get(dashboard + "?from=2027-01-01&to=2026-01-01", "manager", "from after to", 400, "to"),
                get(dashboard + "?from=%2B99999-01-01&to=%2B99999-12-31", "manager", "from and to in year +99999", 400, "from"),
                get(dashboard + "?from=-999999999-01-01&to=2026-01-01", "manager", "from in year -999999999", 400, "from"),
                get(dashboard + "?from=0000-01-01", "manager", "from 0000-01-01", 400, "from"),
                get(dashboard + "/not-a-uuid", "manager", "journeyId not a UUID", 400, "journeyId"),
                get(dashboard + "/" + encode(SQL_ID), "manager", "journeyId with SQL", 400, "journeyId"),
                get(dashboard + "/" + UUID.randomUUID(), "manager", "journeyId unknown", 404, null),

                // The case file: a note (team leads by the journey; the tab beside a task takes the same body)
                post(notes, "text missing", body(() -> "{}"), 400, "text").as("lead"),
                post(notes, "text null", body(() -> "{\"text\": null}"), 400, "text").as("lead"),
                post(notes, "text blank", body(() -> "{\"text\": \"   \"}"), 400, "text").as("lead"),
                post(notes, "text of 2,001 characters", body(() -> "{\"text\": \"" + "x".repeat(2001) + "\"}"), 400, "text").as("lead"),
                post(notes, "text with NUL", body(() -> "{\"text\": \"Ai\\u0000no\"}"), 400, "text").as("lead"),
                post(notes, "text with a BEL control character", body(() -> "{\"text\": \"Aino\\u0007\"}"), 400, "text").as("lead"),
                post(notes, "text a number", body(() -> "{\"text\": 5}"), 400, "text").as("lead"),
                post(notes, "text an object", body(() -> "{\"text\": {}}"), 400, "text").as("lead"),
                post(notes, "an unknown field", body(() -> "{\"text\": \"x\", \"writtenBy\": \"admin\"}"), 400, "writtenBy").as("lead"),
                post(notes, "a duplicate key text", body(() -> "{\"text\": \"a\", \"text\": \"b\"}"), 400, "text").as("lead"),
                post(notes, "an empty body", body(() -> ""), 400, "(body)").as("lead"),
                post("/api/v1/case-files/journeys/not-a-uuid/notes", "journeyId not a UUID", body(() -> "{\"text\": \"x\"}"), 400,
                        "journeyId").as("lead"),
                post("/api/v1/case-files/journeys/" + UUID.randomUUID() + "/notes", "journeyId unknown",
                        body(() -> "{\"text\": \"x\"}"), 404, null).as("lead"),
                // The case file: search, journey view, access log, export
                get(caseFiles + "/search?name=aino", "lead", "birthDate missing", 400, "birthDate"),
                get(caseFiles + "/search?name=aino&birthDate=12.4.1998", "lead", "birthDate not ISO", 400, "birthDate"),
                get(caseFiles + "/search?birthDate=1998-04-12", "lead", "name missing", 400, "name"),
                get(caseFiles + "/search?name=" + "a".repeat(300) + "&birthDate=1998-04-12", "lead", "name of 300 characters", 400, "name"),
                get(caseFiles + "/search?journeyId=not-a-uuid", "lead", "journeyId not a UUID", 400, "journeyId"),
                get(caseFiles + "/journeys/" + encode(SQL_ID), "lead", "journeyId with SQL", 400, "journeyId"),
                get(caseFiles + "/journeys/" + UUID.randomUUID(), "lead", "journeyId unknown", 404, null),
                get(caseFiles + "/participants/not-a-uuid/access-log", "lead", "participantId not a UUID", 400, "participantId"),
                get(caseFiles + "/participants/" + UUID.randomUUID() + "/access-log", "lead", "participantId unknown", 404, null),
                get(caseFiles + "/participants/" + UUID.randomUUID() + "/export?language=de", "lead", "language de", 400, "language"),
                get(caseFiles + "/participants/" + UUID.randomUUID() + "/export?format=pdf", "lead", "format pdf", 400, "format"),
                get(caseFiles + "/tasks/" + encode(SQL_ID), "lead", "taskId with SQL", 404, null),

                // DELETE /api/v1/participants/{participantId}
                delete("/api/v1/participants/not-a-uuid", "participantId not a UUID", 400, "participantId"),
                delete("/api/v1/participants/" + encode(SQL_ID), "participantId with SQL", 400, "participantId"),
                delete("/api/v1/participants/" + TEN_KB_ID, "participantId of 10 kB (over the request line limit)", 400, "(request)"),
                delete("/api/v1/participants/" + "a".repeat(4000), "participantId of 4 kB", 400, "participantId"),
                delete("/api/v1/participants/" + UUID.randomUUID(), "participantId unknown", 404, null),

                // The credentials are input too
                get("/api/v1/referrals/" + UUID.randomUUID(), null, "credentials: user with NUL", 401, null)
                        .credentials("integ\u0000ration:integration"),
                get("/api/v1/referrals/" + UUID.randomUUID(), null, "credentials: user of 10 kB", 401, null)
                        .credentials(TEN_KB_ID.substring(0, 5000) + ":x"),
                get("/api/v1/referrals/" + UUID.randomUUID(), null, "credentials: user with SQL", 401, null)
                        .credentials("' or '1'='1:' or '1'='1"),
                get("/api/v1/referrals/" + UUID.randomUUID(), null, "credentials: not Base64", 401, null)
                        .rawAuthorization("Basic %%%not-base64%%%"),
                get("/engine-rest/task?candidateGroup=job-coaches", null, "engine REST credentials: user with NUL", 401, null)
                        .credentials("co\u0000ach:coach"),
                get("/engine-rest/task?candidateGroup=job-coaches", null, "engine REST credentials: user with SQL", 401, null)
                        .credentials("' or '1'='1:x"),
                get("/api/v1/referrals/" + UUID.randomUUID(), null, "credentials: invalid UTF-8", 401, null)
                        .rawAuthorization("Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xC3, 0x28, ':', 'x'})))
                .map(c -> Named.of(c.name(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apiCatalogue")
    void theApiRefusesBadInputOrKeepsItInert(ApiCase c) {
        String path = resolve(c.path());
        byte[] body = c.body() == null ? null : c.body().get().bytes();
        Map<String, Object> before = snapshot();
        Reply reply = send(c.method(), path, c.authorization(), c.contentType(), body, c.accept());

        assertThat(reply.status()).as("status of %s; body %s", c.name(), reply.shortBody()).isEqualTo(c.status());
        assertNoStackTrace(reply);
        if (c.status() >= 400 && !c.path().startsWith("/api/")) {
            // Engine REST: Camunda's JSON error, or no body at all (its 401).
            assertThat(reply.body().isEmpty() || reply.contentType().startsWith("application/json"))
                    .as("content type %s", reply.contentType()).isTrue();
            assertThat(snapshot()).as("nothing is stored").isEqualTo(before);
        } else if (c.status() >= 400) {
            assertThat(reply.contentType()).as("content type").startsWith("application/problem+json");
            JsonNode problem = reply.json();
            assertThat(problem.get("status").asInt()).isEqualTo(c.status());
            if (c.field() != null) {
                assertThat(problem.path("errors").findValuesAsText("field")).as("fields named in %s", reply.shortBody())
                        .contains(c.field());
            }
            assertThat(snapshot()).as("nothing is stored").isEqualTo(before);
        } else {
            c.readBack().check(reply, body == null ? null : new String(body, StandardCharsets.UTF_8));
        }
    }

    /** The webapps' login form (Tasklist, Cockpit) takes a user name too. */
    Stream<Named<String>> loginCatalogue() {
        return Stream.of(Named.of("user name with NUL", "coa\u0000ch"), Named.of("user name with SQL", "' or '1'='1"),
                Named.of("user name of 5 kB", "c".repeat(5000)), Named.of("user name with an ANSI escape", "\u001b[2Jcoach"));
    }

    @ParameterizedTest(name = "webapp login · {0}")
    @MethodSource("loginCatalogue")
    void theWebappLoginRefusesHostileUserNamesAsWrongCredentials(String userName) {
        assertThat(webappLogin(userName, "tasklist").status().value()).isEqualTo(401);
    }

    // ------------------------------------------------------------------------------------------
    // The forms catalogue: form, field, hostile value submitted through engine REST, field named
    // ------------------------------------------------------------------------------------------

    Stream<Named<FormCase>> formCatalogue() {
        List<FormCase> cases = new ArrayList<>();
        // Every task form, its fields by kind (each kind's hostile values are in hostileValues()),
        // and the values that make the rest of the submission valid.
        forms().forEach(form -> cases.addAll(form.cases()));
        // The start form submits the whole referral as the Json variable intake.
        cases.addAll(List.of(
                startForm("participant.firstName of 1 MB", intake("participant.firstName", ONE_MB), "participant.firstName"),
                startForm("participant.firstName with NUL", intake("participant.firstName", NUL), "participant.firstName"),
                startForm("participant.educationLevel a string", intake("participant.educationLevel", "3"), "participant.educationLevel"),
                startForm("participant.educationLevel 99", intake("participant.educationLevel", 99), "participant.educationLevel"),
                startForm("participant.monthsUnemployed 1e309", intake("participant.monthsUnemployed", raw("1e309")), "participant.monthsUnemployed"),
                startForm("participant.birthDate 2026-02-30", intake("participant.birthDate", "2026-02-30"), "participant.birthDate"),
                startForm("participant.birthDate 0000-01-01", intake("participant.birthDate", "0000-01-01"), "participant.birthDate"),
                startForm("participant.gender unknown", intake("participant.gender", "ROBOT"), "participant.gender"),
                startForm("consent.processing false", intake("consent.processing", false), "consent.processing"),
                startForm("source.referralId with SQL", intake("source.referralId", SQL), "source.referralId"),
                startForm("an unknown field in the referral", intake("participant.ssn", "120498-123A"), "participant.ssn"),
                startForm("a duplicate key in the referral", Map.of("intake", json(() -> duplicateKey(this::validReferral,
                        "lastName", "\"Mallory\"").get().json())), "participant.lastName"),
                startForm("the referral nested 10,000 levels deep", Map.of("intake", json(() -> nestedObject(10_000))), "Field 'intake'"),
                startForm("intake missing", Map.of(), "Field 'intake'"),
                startForm("intake a number", Map.of("intake", integer(7)), "Field 'intake'"),
                startForm("intake not JSON", Map.of("intake", str("{participant: Aino}")), "Field 'intake'"),
                startForm("an unknown variable beside intake", Map.of("intake", json(this::validReferral), "journeyId",
                        str(UUID.randomUUID().toString())), "Field 'journeyId'"),
                startForm("an unknown variable of 1 MB beside intake", Map.of("intake", json(this::validReferral), "note",
                        str(ONE_MB)), "Field 'note'")));
        return cases.stream().map(c -> Named.of(c.name(), c));
    }

    /** The task forms: which task, who works it, the journey it needs, a valid submission, its fields. */
    private List<Form> forms() {
        return List.of(
                form("review-referral", "Task_ReviewReferral", "coordinator", "review",
                        valid("reviewDecision", str("ACCEPT")))
                        .choice("reviewDecision")
                        .text("reviewNote", 2000)
                        .requiredText("reviewNote", 2000, with("reviewDecision", str("REQUEST_INFO")))
                        .requiredText("declineReason", 500, with("reviewDecision", str("DECLINE")))
                        .engineTypes("reviewNote"),
                form("hold-suitability-interview", "Task_HoldSuitabilityInterview", "coach", "interview",
                        valid("interviewOutcome", str("SUITABLE"), "interviewDate", str(TODAY), "motivation", integer(4),
                                "preferredWorkTeam", str("SOFTWARE")))
                        .choice("interviewOutcome").date("interviewDate").number("motivation", 1, 5)
                        .choice("preferredWorkTeam").text("interviewNote", 2000),
                form("decide-on-waiting-participant", "Task_DecideOnWaitingParticipant", "lead", "waiting",
                        valid("waitingDecision", str("KEEP_WAITING")))
                        .choice("waitingDecision")
                        .requiredText("declineReason", 500, with("waitingDecision", str("DECLINE"))),
                form("review-service-need", "Task_ReviewServiceNeed", "instructor", "assessment",
                        valid("crearStudies", integer(3), "crearTimeUse", integer(3), "crearWellbeing", integer(3),
                                "crearCareerPlanning", integer(3), "crearEmployment", integer(3),
                                "supportNeeds", json("[\"HOUSING\"]"), "supportNeedLevel", str("SOME")))
                        .number("crearStudies", 1, 5).number("crearTimeUse", 1, 5).number("crearWellbeing", 1, 5)
                        .number("crearCareerPlanning", 1, 5).number("crearEmployment", 1, 5)
                        .checklist("supportNeeds").choice("supportNeedLevel").text("serviceNeedNote", 2000),
                form("record-work-ability-baseline", "Task_RecordWorkAbility", "instructor", "assessment",
                        valid("workAbilityScore", integer(6)))
                        .number("workAbilityScore", 0, 10),
                form("run-digital-skills-test", "Task_RunDigitalSkillsTest", "coach", "assessment",
                        valid("digitalSkillsScore", integer(80)))
                        .number("digitalSkillsScore", 0, 100),
                form("discuss-pathway-studies", "Task_DiscussPathwayStudies", "counsellor", "assessment",
                        valid("pathwayInterest", str("PATHWAY_STUDIES"), "priorCredits", integer(20)))
                        .choice("pathwayInterest").number("priorCredits", 0, 400).text("pathwayNote", 2000),
                form("act-on-overdue-assessment", "Task_ActOnOverdueAssessment", "lead", "assessment",
                        valid("overdueAction", str("REMINDED_TEAM")))
                        .choice("overdueAction"),
                form("arrange-wellbeing-check", "Task_ArrangeWellbeingCheck", "instructor", "wellbeing",
                        valid("wellbeingCheckDate", str(TODAY), "wellbeingCheckProvider", str("HEALTH_CENTRE")))
                        .date("wellbeingCheckDate").choice("wellbeingCheckProvider"),
                form("hold-case-conference", "Task_HoldCaseConference", "lead", "conference",
                        valid("track", str("WAGE_SUBSIDY_WORK"), "goal1", str("Work in games"), "studyPlan",
                                str("Development and Operations"), "guidanceAgreement", str("Weekly")))
                        .choice("track").requiredText("goal1", 500).text("goal2", 500).text("goal3", 500)
                        .requiredText("studyPlan", 2000).requiredText("guidanceAgreement", 2000)
                        .choice("referralService", with("track", str("REFER_ELSEWHERE"))),
                form("record-wage-subsidy-decision", "Task_RecordWageSubsidyDecision", "lead", "decision",
                        valid("decisionNumber", str("WS-1"), "subsidyDecision", str("GRANTED"), "funding", str("PAY_SUBSIDY"),
                                "subsidyPercent", integer(70), "subsidyStart", str(START), "subsidyEnd", str(END)))
                        .requiredText("decisionNumber", 50).choice("subsidyDecision").choice("funding")
                        .number("subsidyPercent", 0, 100).date("subsidyStart").date("subsidyEnd")
                        .value("subsidyEnd", str(START.minusDays(1)), "before the start")
                        .value("subsidyEnd", str(START.plusMonths(25)), "25 months after the start"),
                form("sign-contract-and-onboard", "Task_SignContractAndOnboard", "lead", "contract",
                        valid("contractDate", str(START), "workTeam", str("SOFTWARE"), "mentor", str("Mira Mentor")))
                        .date("contractDate").choice("workTeam").requiredText("mentor", 200),
                form("hold-second-pathway-meeting", "Task_HoldSecondPathwayMeeting", "counsellor", "period",
                        valid("meetingDate", str(START.plusDays(14)), "pathwayDecision", str("APPLYING")))
                        .date("meetingDate").choice("pathwayDecision").text("meetingNote", 2000),
                form("hold-monthly-check-in", "Task_HoldMonthlyCheckIn", "coach", "period",
                        valid("meetingDate", str(START.plusMonths(1)), "attended", bool(true), "progress", integer(3),
                                "applicationsSent", integer(1), "creditsEarned", integer(5), "concern", bool(false)))
                        .date("meetingDate").checkbox("attended").number("progress", 1, 5)
                        .number("applicationsSent", 0, 500).number("creditsEarned", 0, 400).checkbox("concern")
                        .text("meetingNote", 2000),
                form("hold-social-guidance-session", "Task_HoldSocialGuidanceSession", "instructor", "period",
                        valid("meetingDate", str(START.plusMonths(1))))
                        .date("meetingDate").text("meetingNote", 2000),
                form("hold-midpoint-review", "Task_HoldMidpointReview", "coach", "period",
                        valid("meetingDate", str(START.plusMonths(4)), "crearStudies", integer(4), "crearTimeUse", integer(4),
                                "crearWellbeing", integer(4), "crearCareerPlanning", integer(4), "crearEmployment", integer(4),
                                "workAbilityScore", integer(8), "commitment", str("ACTIVELY_SEEKING_WORK"),
                                "traineeReadiness", str("NOT_READY")))
                        .date("meetingDate").number("crearStudies", 1, 5).number("crearTimeUse", 1, 5)
                        .number("crearWellbeing", 1, 5).number("crearCareerPlanning", 1, 5).number("crearEmployment", 1, 5)
                        .number("workAbilityScore", 0, 10).choice("commitment").choice("traineeReadiness")
                        .text("meetingNote", 2000),
                form("match-with-partner-company", "Task_MatchWithPartnerCompany", "employer", "match",
                        valid("partnerCompany", str(this::company), "placementRole", str("Junior developer"),
                                "supervisorName", str("Kalle Koodari"), "placementStart", str(PLACEMENT_START),
                                "placementEnd", str(END)))
                        .requiredText("partnerCompany", 36).requiredText("placementRole", 200)
                        .requiredText("supervisorName", 200).text("supervisorEmail", 254).date("placementStart")
                        .date("placementEnd")
                        .value("partnerCompany", str(UUID.randomUUID().toString()), "not in the register")
                        .value("partnerCompany", str(SQL), "SQL")
                        .value("supervisorEmail", str("kalle at koodipaja"), "not an e-mail address")
                        .value("placementStart", str(START.minusDays(1)), "before the period")
                        .value("placementEnd", str(END.plusDays(1)), "after the period")
                        .value("placementEnd", str(PLACEMENT_START), "not after the start"),
                form("agree-placement-with-company", "Task_AgreePlacement", "employer", "agree",
                        valid("companyAnswer", str("CONFIRMED")))
                        .choice("companyAnswer").text("answerNote", 2000),
                form("hold-mid-placement-check-in", "Task_HoldMidPlacementCheckIn", "coach", "placement",
                        valid("meetingDate", str(PLACEMENT_START.plusMonths(1)), "attended", bool(true), "progress", integer(4),
                                "concern", bool(false)))
                        .date("meetingDate").checkbox("attended").number("progress", 1, 5).checkbox("concern")
                        .text("meetingNote", 2000),
                form("record-hiring-decision", "Task_RecordHiringDecision", "employer", "placement",
                        valid("hiringOutcome", str("HIRED"), "contractType", str("PERMANENT"), "employmentStart",
                                str(END.plusDays(1)), "hoursPerWeek", integer(37), "paySubsidised", bool(false)))
                        .choice("hiringOutcome").choice("contractType").date("employmentStart").number("hoursPerWeek", 1, 60)
                        .checkbox("paySubsidised").text("hiringFeedback", 2000)
                        .requiredText("hiringFeedback", 2000, with("hiringOutcome", str("NOT_HIRED"))),
                form("inform-employer-about-supplement", "Task_InformEmployerAboutSupplement", "employer", "supplement",
                        valid("informedOn", str(END.plusDays(2)), "informedChannel", str("EMAIL")))
                        .date("informedOn").choice("informedChannel").text("informedNote", 2000),
                form("check-supplement-application", "Task_CheckApplication", "handler", "supplementCheck",
                        valid("checkOutcome", str("COMPLETE")))
                        .choice("checkOutcome").requiredText("infoRequest", 2000, with("checkOutcome", str("INFO_MISSING"))),
                form("prepare-supplement-decision", "Task_PrepareDecision", "handler", "supplementPrepare",
                        valid("proposedDecision", str("ACCEPT"), "monthlyAmountEur", dbl(1400.0), "supplementMonths", integer(6),
                                "decisionText", str("Myönnetään.")))
                        .choice("proposedDecision").number("supplementMonths", 1, 6).requiredText("decisionText", 4000)
                        .value("monthlyAmountEur", dbl(1400.01), "above what the decision tables gave")
                        .value("monthlyAmountEur", dbl(0.001), "a tenth of a cent")
                        .choice("rejectionReason", with("proposedDecision", str("REJECT"))),
                form("approve-supplement-decision", "Task_ApproveDecision", "handler2", "supplementApprove",
                        valid("approval", str("APPROVE"), "caseNumber", str("HEL 2026-1")))
                        .choice("approval").requiredText("caseNumber", 50)
                        .requiredText("returnNote", 2000, with("approval", str("RETURN"))),
                form("hold-exit-review", "Task_HoldExitReview", "coach", "exit",
                        valid("leftOn", str(TODAY), "outcomeOnLeaving", str("EMPLOYED"), "employmentType", str("OPEN_MARKET"),
                                "qualificationGained", bool(true), "creditsGained", integer(45), "workAbilityAtExit", integer(9),
                                "feedbackScore", integer(5), "certificatesIssued", bool(true)))
                        .date("leftOn").choice("outcomeOnLeaving").choice("employmentType").checkbox("qualificationGained")
                        .number("creditsGained", 0, 400).number("workAbilityAtExit", 0, 10).number("feedbackScore", 1, 5)
                        .text("feedbackComment", 2000).checkbox("certificatesIssued")
                        .value("leftOn", str(TODAY.plusDays(32)), "32 days ahead"),
                form("hold-follow-up", "Task_HoldThreeMonthFollowUp", "coach", "followUp",
                        valid("contactedOn", str(TODAY.plusMonths(3)), "contactResult", str("REACHED"), "situation",
                                str("EMPLOYED"), "employmentType", str("OPEN_MARKET")))
                        .date("contactedOn").choice("contactResult").choice("situation").choice("employmentType")
                        .text("followUpNote", 2000)
                        .value("situation", str("UNKNOWN"), "UNKNOWN is Polku's, not the coach's"));
    }

    /**
     * The hostile values of each kind of form field. A value missing from the submission or blank
     * counts only for required fields; the rest apply to every field of the kind.
     */
    private static List<Hostile> hostileValues(Kind kind, int min, int max) {
        return switch (kind) {
            case CHOICE -> List.of(
                    hostile("missing", null), hostile("blank", str("  ")),
                    hostile("not one of the options", str("NOT_AN_OPTION")),
                    hostile("an option in lower case", str("lower")),
                    hostile("a number", integer(1)), hostile("true", bool(true)),
                    hostile("1 MB", str(ONE_MB)), hostile("with NUL", str("X\u0000")),
                    hostile("a JSON object", json("{\"value\": \"X\"}")));
            case NUMBER -> List.of(
                    hostile("missing", null), hostile("a number as a string", str(String.valueOf(min))),
                    hostile("a decimal comma as text", str(min + ",5")),
                    hostile("a fraction", dbl(min + 0.5)), hostile("below " + min, integer(min - 1)),
                    hostile("above " + max, integer(max + 1)), hostile("negative huge", lng(Long.MIN_VALUE)),
                    hostile("2^32 + " + min + " (" + min + " once cut to an int)", lng((1L << 32) + min)),
                    hostile("1e309", rawTyped("Double", "1e309")),
                    hostile("99999999999999999999", rawTyped("Long", "99999999999999999999")),
                    hostile("true", bool(true)), hostile("a JSON array", json("[" + min + "]")));
            case TEXT -> List.of(
                    hostile("of " + (max + 1) + " characters", str("x".repeat(max + 1))),
                    hostile("of 1 MB", str(ONE_MB)), hostile("with NUL", str(NUL)),
                    hostile("with a BEL control character", str(BELL)), hostile("with an ANSI escape", str(ANSI)),
                    hostile("a number", integer(5)), hostile("a JSON object", json("{\"text\": \"x\"}")));
            case REQUIRED_TEXT -> List.of(hostile("missing", null), hostile("blank", str(" \t ")));
            case DATE -> List.of(
                    hostile("missing", null), hostile("yesterday", str("yesterday")),
                    hostile("2026-02-30", str("2026-02-30")), hostile("2026-02-31", str("2026-02-31")),
                    hostile("2026-13-01", str("2026-13-01")), hostile("as typed in Finnish, 31.02.2026", str("31.02.2026")),
                    hostile("with text after the date", str("2026-11-20 and on")),
                    hostile("1899-12-31", str("1899-12-31")), hostile("0000-01-01", str("0000-01-01")),
                    hostile("9999-12-31", str("9999-12-31")), hostile("+99999-01-01", str("+99999-01-01")),
                    hostile("a number", integer(20261120)), hostile("with NUL", str("2026-11-20\u0000")),
                    hostile("1 MB", str(ONE_MB)));
            case CHECKBOX -> List.of(
                    hostile("yes", str("yes")), hostile("a number", integer(1)), hostile("1 MB", str(ONE_MB)),
                    hostile("a JSON array", json("[true]")));
            case CHECKLIST -> List.of(
                    hostile("missing", null), hostile("a string, not a list", str("HOUSING")),
                    hostile("an empty list", json("[]")), hostile("an unknown option", json("[\"PETS\"]")),
                    hostile("an object", json("{\"HOUSING\": true}")), hostile("None with another", json("[\"NONE\", \"HOUSING\"]")),
                    hostile("an option twice", json("[\"HOUSING\", \"HOUSING\"]")),
                    hostile("a list of 100,000", json(jsonArray(100_000, "HOUSING"))),
                    hostile("nested 10,000 levels deep", json(nested(10_000))));
        };
    }

    /** Every form also refuses variables that are none of its fields, and values of engine types no field has. */
    private static List<Hostile> unknownVariables() {
        return List.of(
                new Hostile("an unknown variable", "notAFormField", str("x"), "notAFormField"),
                new Hostile("journeyId of another journey", "journeyId", str(UUID.randomUUID().toString()), "journeyId"),
                new Hostile("displayName", "displayName", str(SCRIPT), "displayName"),
                new Hostile("an unknown variable of 1 MB", "note", str(ONE_MB), "note"),
                new Hostile("an unknown variable with NUL", "note", str(NUL), "note"),
                new Hostile("a variable named with 10 kB", TEN_KB_ID, str("x"), TEN_KB_ID.substring(0, 100) + "…"),
                new Hostile("an unknown transient variable", "note", typed("String", "\"x\"", "{\"transient\": true}"), "note"),
                new Hostile("journeyId of another journey, transient", "journeyId",
                        typed("String", "\"" + UUID.randomUUID() + "\"", "{\"transient\": true}"), "journeyId"));
    }

    /** Values of types the engine knows but no form submits, tried on one field. */
    private static List<Hostile> engineTypeValues() {
        return List.of(
                hostile("a Java-serialized object", typed("Object", "\"rO0ABXQAAXg=\"",
                        "{\"objectTypeName\": \"java.lang.String\", \"serializationDataFormat\": \"application/x-java-serialized-object\"}")),
                hostile("a JSON object of an unknown class", typed("Object", "\"{}\"",
                        "{\"objectTypeName\": \"no.such.Type\", \"serializationDataFormat\": \"application/json\"}")),
                hostile("a JSON object of a JDK class", typed("Object", "\"{}\"",
                        "{\"objectTypeName\": \"java.util.HashMap\", \"serializationDataFormat\": \"application/json\"}")),
                hostile("bytes", typed("Bytes", "\"AAEC\"", null)),
                hostile("a file", typed("File", "\"AAEC\"", "{\"filename\": \"x.exe\", \"mimeType\": \"application/octet-stream\"}")),
                hostile("XML", typed("Xml", "\"<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><x>&e;</x>\"", null)),
                hostile("a date", typed("Date", "\"2026-11-20T10:00:00.000+0200\"", null)),
                hostile("a date that is not one", typed("Date", "\"yesterday\"", null)),
                hostile("a type that does not exist", typed("Evil", "\"x\"", null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formCatalogue")
    void aFormRefusesBadValuesAndKeepsTheTaskOpen(FormCase c) {
        ObjectNode variables = JsonNodeFactory.instance.objectNode();
        c.variables().forEach((name, value) -> variables.set(name, value.toJson()));
        String body = "{\"variables\": " + variables + "}";

        String path;
        String user;
        Task task = null;
        if (c.form() == null) {
            path = "/engine-rest/process-definition/key/participant-journey/submit-form";
            user = "coordinator";
        } else {
            task = openTask(c.form());
            path = "/engine-rest/task/" + task.getId() + "/submit-form";
            user = c.form().user();
        }
        Map<String, Object> before = snapshot();
        Reply reply = send("POST", path, basic(user + ":" + user), "application/json",
                body.getBytes(StandardCharsets.UTF_8));

        assertThat(reply.status()).as("status of %s; body %s", c, reply.shortBody()).isEqualTo(400);
        assertNoStackTrace(reply);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.json().path("type").asText()).as("Camunda's error type").isNotEmpty();
        String message = reply.json().path("message").asText();
        assertThat(message).as("the message names the field").contains(c.field());
        if (task != null) {
            assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the task is still open").isOne();
        }
        assertThat(snapshot()).as("nothing is stored").isEqualTo(before);
    }

    // ------------------------------------------------------------------------------------------
    // The catalogue's vocabulary
    // ------------------------------------------------------------------------------------------

    /** One request to the integration API. {@code field} is the field the problem must name. */
    record ApiCase(String name, String method, String path, String authorization, String contentType,
                   Supplier<Body> body, int status, String field, ReadBack readBack, String accept) {

        ApiCase as(String user) {
            return new ApiCase(name, method, path, basic(user + ":" + user), contentType, body, status, field, readBack, accept);
        }

        ApiCase contentType(String type) {
            return new ApiCase(name, method, path, authorization, type, body, status, field, readBack, accept);
        }

        ApiCase credentials(String userAndPassword) {
            return new ApiCase(name, method, path, basic(userAndPassword), contentType, body, status, field, readBack, accept);
        }

        ApiCase rawAuthorization(String header) {
            return new ApiCase(name, method, path, header, contentType, body, status, field, readBack, accept);
        }

        ApiCase readsBack(ReadBack check) {
            return new ApiCase(name, method, path, authorization, contentType, body, status, field, check, accept);
        }

        ApiCase accepting(String mediaTypes) {
            return new ApiCase(name, method, path, authorization, contentType, body, status, field, readBack, mediaTypes);
        }
    }

    /** For a request the API accepts: how to see that what was stored is what was sent, inert. */
    @FunctionalInterface
    interface ReadBack {
        void check(Reply reply, String sent);
    }

    /** A request body: its JSON text, or raw bytes that are no JSON text. */
    record Body(String json, byte[] raw) {
        byte[] bytes() {
            return raw != null ? raw : json.getBytes(StandardCharsets.UTF_8);
        }
    }

    private static ApiCase post(String path, String what, Supplier<Body> body, int status, String field) {
        return new ApiCase("POST " + path + " · " + what, "POST", path, basic("integration:integration"),
                "application/json", body, status, field, null, null);
    }

    private static ApiCase put(String path, String what, Supplier<Body> body, int status, String field) {
        return new ApiCase("PUT " + path + " · " + what, "PUT", path, basic("employer:employer"), "application/json",
                body, status, field, null, null);
    }

    private static ApiCase get(String path, String user, String what, int status, String field) {
        return new ApiCase("GET " + shorten(path) + " · " + what, "GET", path, user == null ? null : basic(user + ":" + user),
                null, null, status, field, null, null);
    }

    private static ApiCase delete(String path, String what, int status, String field) {
        return new ApiCase("DELETE " + shorten(path) + " · " + what, "DELETE", path, basic("lead:lead"), null, null,
                status, field, null, null);
    }

    private static String shorten(String path) {
        return path.length() > 120 ? path.substring(0, 100) + "…" : path;
    }

    /** A form field's kind: which hostile values it meets. */
    enum Kind { CHOICE, NUMBER, TEXT, REQUIRED_TEXT, DATE, CHECKBOX, CHECKLIST }

    /** A hostile value for a field ({@code value} null: the field is left out). */
    record Hostile(String what, String variable, Value value, String field) {
    }

    private static Hostile hostile(String what, Value value) {
        return new Hostile(what, null, value, null);
    }

    /** One task form: which task, the group member who works it, the journey it needs, a valid submission. */
    final class Form {
        final String key;
        final String taskKey;
        final String user;
        final String fixture;
        final Map<String, Value> valid;
        final List<FormCase> cases = new ArrayList<>();

        Form(String key, String taskKey, String user, String fixture, Map<String, Value> valid) {
            this.key = key;
            this.taskKey = taskKey;
            this.user = user;
            this.fixture = fixture;
            this.valid = valid;
            unknownVariables().forEach(h -> add(h.variable(), h.what(), h.value(), Map.of(), h.field()));
        }

        String user() {
            return user;
        }

        Form choice(String field, Map<String, Value> context) {
            return kind(field, Kind.CHOICE, 0, 0, context);
        }

        Form choice(String field) {
            return choice(field, Map.of());
        }

        Form number(String field, int min, int max) {
            return kind(field, Kind.NUMBER, min, max, Map.of());
        }

        Form text(String field, int maxLength) {
            return kind(field, Kind.TEXT, 0, maxLength, Map.of());
        }

        Form requiredText(String field, int maxLength) {
            return requiredText(field, maxLength, Map.of());
        }

        Form requiredText(String field, int maxLength, Map<String, Value> context) {
            kind(field, Kind.TEXT, 0, maxLength, context);
            return kind(field, Kind.REQUIRED_TEXT, 0, maxLength, context);
        }

        Form date(String field) {
            return kind(field, Kind.DATE, 0, 0, Map.of());
        }

        Form checkbox(String field) {
            return kind(field, Kind.CHECKBOX, 0, 0, Map.of());
        }

        Form checklist(String field) {
            return kind(field, Kind.CHECKLIST, 0, 0, Map.of());
        }

        /** A value the field's own rules refuse. */
        Form value(String field, Value value, String what) {
            return add(field, what, value, Map.of(), field);
        }

        /** Values of engine types no form field has. */
        Form engineTypes(String field) {
            engineTypeValues().forEach(h -> add(field, h.what(), h.value(), Map.of(), field));
            return this;
        }

        private Form kind(String field, Kind kind, int min, int max, Map<String, Value> context) {
            hostileValues(kind, min, max).forEach(h -> add(field, h.what(), h.value(), context, field));
            return this;
        }

        private Form add(String variable, String what, Value value, Map<String, Value> context, String field) {
            Map<String, Value> variables = new LinkedHashMap<>(valid);
            variables.putAll(context);
            if (value == null) {
                variables.remove(variable);
            } else {
                variables.put(variable, value);
            }
            String when = context.isEmpty() ? "" : " (with " + context.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("") + ")";
            cases.add(new FormCase(key + " · " + shorten(variable) + " " + what + when, this, variables, "Field '" + field + "'"));
            return this;
        }

        List<FormCase> cases() {
            return cases;
        }
    }

    private Form form(String key, String taskKey, String user, String fixture, Map<String, Value> valid) {
        return new Form(key, taskKey, user, fixture, valid);
    }

    /**
     * A submission: the form (null for the start form), the variables as Tasklist sends them, and
     * what the error message must contain (the field's name).
     */
    record FormCase(String name, Form form, Map<String, Value> variables, String field) {
    }

    private FormCase startForm(String what, Map<String, Value> variables, String field) {
        return new FormCase("referral-start · " + what, null, variables, field);
    }

    private Map<String, Value> intake(String path, Object value) {
        return Map.of("intake", json(() -> referral(path, value).get().json()));
    }

    /** A variable as engine REST takes it: {@code {"type": ..., "value": ..., "valueInfo": ...}}. */
    record Value(String type, Supplier<String> valueJson, String valueInfo) {
        JsonNode toJson() {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("type", type);
            node.putRawValue("value", new com.fasterxml.jackson.databind.util.RawValue(valueJson.get()));
            if (valueInfo != null) {
                node.putRawValue("valueInfo", new com.fasterxml.jackson.databind.util.RawValue(valueInfo));
            }
            return node;
        }

        @Override
        public String toString() {
            String value = valueJson.get();
            return value.length() > 40 ? value.substring(0, 40) + "…" : value;
        }
    }

    static Value str(Object text) {
        return new Value("String", () -> JsonNodeFactory.instance.textNode(String.valueOf(text)).toString(), null);
    }

    static Value str(Supplier<String> text) {
        return new Value("String", () -> JsonNodeFactory.instance.textNode(text.get()).toString(), null);
    }

    static Value integer(int number) {
        return new Value("Integer", () -> String.valueOf(number), null);
    }

    static Value lng(long number) {
        return new Value("Long", () -> String.valueOf(number), null);
    }

    static Value dbl(double number) {
        return new Value("Double", () -> String.valueOf(number), null);
    }

    static Value bool(boolean value) {
        return new Value("Boolean", () -> String.valueOf(value), null);
    }

    /** A Json variable (Tasklist submits checklists and groups so), its text as given. */
    static Value json(String text) {
        return json(() -> text);
    }

    static Value json(Supplier<String> text) {
        return new Value("Json", () -> JsonNodeFactory.instance.textNode(text.get()).toString(), null);
    }

    static Value rawTyped(String type, String valueJson) {
        return new Value(type, () -> valueJson, null);
    }

    static Value typed(String type, String valueJson, String valueInfo) {
        return new Value(type, () -> valueJson, valueInfo);
    }

    private static <V> Map<String, V> valid(Object... namesAndValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            @SuppressWarnings("unchecked")
            V value = (V) namesAndValues[i + 1];
            map.put((String) namesAndValues[i], value);
        }
        return map;
    }

    private static Map<String, Value> with(String name, Value value) {
        return Map.of(name, value);
    }

    // ------------------------------------------------------------------------------------------
    // Bodies
    // ------------------------------------------------------------------------------------------

    /** A JSON token written as it is (1e309, [], a deeply nested array), not as a string. */
    record Raw(String json) {
    }

    static Raw raw(String json) {
        return new Raw(json);
    }

    private static final Object ABSENT = new Object();

    private String validReferral() {
        return referral().toString();
    }

    private ObjectNode validCompany() {
        return partnerCompany("Koodipaja " + UUID.randomUUID().toString().substring(0, 6) + " Oy", "Java", "React");
    }

    private Supplier<Body> referral(String path, Object value) {
        return () -> new Body(withValue(referral(), path, value), null);
    }

    private Supplier<Body> referralWithout(String path) {
        return () -> new Body(withValue(referral(), path, ABSENT), null);
    }

    private Supplier<Body> supplement(String path, Object value) {
        return () -> new Body(withValue(supplementApplication(), path, value), null);
    }

    private Supplier<Body> company(String path, Object value) {
        return () -> new Body(withValue(validCompany(), path, value), null);
    }

    private static Supplier<Body> body(Supplier<String> json) {
        return () -> new Body(json.get(), null);
    }

    private static Supplier<Body> event(String type, String data) {
        return () -> new Body("{\"type\": " + JsonNodeFactory.instance.textNode(type) + ", \"data\": " + data + "}", null);
    }

    private static String data(String field, String value) {
        return "{" + JsonNodeFactory.instance.textNode(field) + ": " + JsonNodeFactory.instance.textNode(value) + "}";
    }

    /** A valid WAGE_SUBSIDY_DECIDED with fields replaced (null: left out). */
    private String decision(Object... namesAndValues) {
        ObjectNode decision = objectMapper.createObjectNode().put("decisionNumber", "WS-BAD-1").put("granted", true)
                .put("funding", "PAY_SUBSIDY").put("subsidyPercent", 70).put("startDate", START.toString())
                .put("endDate", END.toString());
        String json = decision.toString();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            json = withValue((ObjectNode) readTree(json), (String) namesAndValues[i],
                    namesAndValues[i + 1] == null ? ABSENT : namesAndValues[i + 1]);
        }
        return json;
    }

    /** The JSON text of {@code root} with the value at the dotted path replaced (ABSENT: removed). */
    private String withValue(ObjectNode root, String path, Object value) {
        String[] names = path.split("\\.");
        ObjectNode parent = root;
        for (int i = 0; i < names.length - 1; i++) {
            parent = (ObjectNode) parent.get(names[i]);
        }
        String last = names[names.length - 1];
        String marker = "@@raw-" + UUID.randomUUID() + "@@";
        if (value == ABSENT) {
            parent.remove(last);
        } else if (value instanceof Raw) {
            parent.put(last, marker);
        } else {
            parent.set(last, objectMapper.valueToTree(value));
        }
        String json = root.toString();
        return value instanceof Raw raw ? json.replace("\"" + marker + "\"", raw.json()) : json;
    }

    /** The same key twice in a row: first {@code firstValue}, then the valid value. */
    private static Supplier<Body> duplicateKey(Supplier<String> json, String key, String firstValue) {
        return () -> new Body(json.get().replaceFirst("\"" + key + "\":", "\"" + key + "\":" + firstValue + ",\"" + key + "\":"),
                null);
    }

    /** The JSON text with invalid UTF-8 bytes (a broken two-byte sequence, 0xFF) inside the string field. */
    private static Supplier<Body> invalidUtf8(Supplier<String> json, String field) {
        return () -> {
            String text = json.get();
            int at = text.indexOf("\"" + field + "\":\"");
            if (at < 0) {
                at = text.indexOf("\"" + field + "\": \"");
            }
            int valueStart = text.indexOf('"', text.indexOf(':', at)) + 1;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(text.substring(0, valueStart).getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE});
            bytes.writeBytes(text.substring(valueStart).getBytes(StandardCharsets.UTF_8));
            return new Body(null, bytes.toByteArray());
        };
    }

    /** Invalid UTF-8 bytes where JSON allows only whitespace, between two fields. */
    private static Supplier<Body> invalidUtf8Outside(Supplier<String> json) {
        return () -> {
            String text = json.get();
            int at = text.indexOf(',') + 1;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes(new byte[] {(byte) 0xC3, 0x28});
            bytes.writeBytes(text.substring(at).getBytes(StandardCharsets.UTF_8));
            return new Body(null, bytes.toByteArray());
        };
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static String nestedObject(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    private static String jsonArray(int size, String item) {
        StringBuilder array = new StringBuilder("[");
        for (int i = 0; i < size; i++) {
            array.append(i == 0 ? "" : ",").append('"').append(item).append(size > 20 ? "" : String.valueOf(i)).append('"');
        }
        return array.append(']').toString();
    }

    private JsonNode readTree(String json) {
        try {
            return objectMapper.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // ------------------------------------------------------------------------------------------
    // What is stored must be what was sent
    // ------------------------------------------------------------------------------------------

    private void referralStoredAsSent(Reply reply, String sent) {
        JsonNode referral = readTree(sent);
        String journeyId = reply.json().get("journeyId").asText();
        Map<String, Object> stored = jdbc.queryForMap("select p.first_name, p.last_name, j.reason from journey j "
                + "join participant p on p.id = j.participant_id where j.id = ?::uuid", journeyId);
        assertThat(stored.get("first_name")).isEqualTo(referral.at("/participant/firstName").asText());
        assertThat(stored.get("last_name")).isEqualTo(referral.at("/participant/lastName").asText());
        assertThat(stored.get("reason")).isEqualTo(referral.get("reason").asText());
        // Shown back as a JSON string, byte for byte (Cockpit's Journeys page sets it as text).
        Reply shown = send("GET", "/api/v1/dashboard/journeys/" + journeyId, basic("manager:manager"), null, null);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().get("displayName").asText()).isEqualTo(referral.at("/participant/firstName").asText()
                + " " + referral.at("/participant/lastName").asText());
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name = 'participant'",
                Integer.class)).isOne();
        withdraw(journeyId);
    }

    private void companyStoredAsSent(Reply reply, String sent) {
        JsonNode company = readTree(sent);
        Reply shown = send("GET", "/api/v1/partner-companies/" + reply.json().get("id").asText(),
                basic("employer:employer"), null, null);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.contentType()).startsWith("application/json");
        for (String field : List.of("name", "recruitmentNeeds")) {
            assertThat(shown.json().get(field).asText()).isEqualTo(company.get(field).asText());
        }
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name = 'partner_company'",
                Integer.class)).isOne();
        // Out of the way of the matching tasks, which offer the active companies.
        send("POST", "/api/v1/partner-companies/" + reply.json().get("id").asText() + "/pause", basic("employer:employer"),
                null, null);
    }

    private void withdraw(String journeyId) {
        send("POST", "/api/v1/journeys/" + journeyId + "/events", basic("integration:integration"), "application/json",
                "{\"type\": \"JOURNEY_WITHDRAWN\", \"data\": {\"reason\": \"OTHER\"}}".getBytes(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------------------------------
    // Journeys standing where each form's task is open
    // ------------------------------------------------------------------------------------------

    private final Map<String, String> fixtures = new HashMap<>();
    private String companyId;

    /** The fixture's open task of the form; a journey is (re)built when none is open. */
    private Task openTask(Form form) {
        String journeyId = fixtures.get(form.fixture);
        Task task = journeyId == null ? null : taskService.createTaskQuery().processInstanceBusinessKey(journeyId)
                .taskDefinitionKey(form.taskKey).singleResult();
        if (task == null) {
            journeyId = build(form.fixture);
            fixtures.put(form.fixture, journeyId);
            task = awaitTask(journeyId, form.taskKey);
        }
        if (task.getAssignee() == null) {
            String group = taskService.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> link.getGroupId() != null).findFirst().orElseThrow().getGroupId();
            identityService.setAuthentication(form.user, List.of(group));
            try {
                taskService.claim(task.getId(), form.user);
            } finally {
                identityService.clearAuthentication();
            }
        }
        return task;
    }

    /** A supplement application as the employer e-service sends it; the fixtures key it by its id (the business key). */
    private String supplementApplied() {
        return post("integration", "/api/v1/supplement-applications", supplementApplication()).getBody()
                .get("applicationId").asText();
    }

    /** A partner company of the register, active, for the matching form. */
    private String company() {
        if (companyId == null) {
            companyId = registerCompany(partnerCompany("Bad Input Oy", "Java"));
        }
        return companyId;
    }

    private String build(String fixture) {
        switch (fixture) {
            case "review": {
                ObjectNode referral = referral();
                participant(referral).put("ictBackground", "NONE");
                String journeyId = createJourney(referral);
                awaitTask(journeyId, "Task_ReviewReferral");
                return journeyId;
            }
            case "interview":
                return createJourney(referral());
            case "waiting": {
                freeAllPlaces();
                journeyInAssessment(); // holds the test profile's one place
                String journeyId = createJourney(referral());
                work("coach", "job-coaches", awaitTask(journeyId, "Task_HoldSuitabilityInterview"),
                        Map.of("interviewOutcome", "SUITABLE", "interviewDate", TODAY.toString(), "motivation", 4,
                                "preferredWorkTeam", "SOFTWARE"));
                awaitActivity(journeyId, "Task_WaitForPlace");
                fireTimer(journeyId, "referral", "Event_WaitedTooLong");
                return journeyId;
            }
            case "assessment": {
                freeAllPlaces();
                String journeyId = journeyInAssessment();
                fireTimer(journeyId, "initial-assessment", "Event_AssessmentOverdue");
                return journeyId;
            }
            case "wellbeing": {
                freeAllPlaces();
                String journeyId = journeyInAssessment();
                assess(journeyId, 2, "INTENSIVE");
                return journeyId;
            }
            case "conference": {
                freeAllPlaces();
                String journeyId = journeyInAssessment();
                assess(journeyId, 4, "NONE");
                return journeyId;
            }
            case "decision":
                freeAllPlaces();
                return journeyAtDecision();
            case "contract":
                return atContract();
            case "period": {
                String journeyId = periodRunning();
                fireTimer(journeyId, "wage-subsidy-period", "Timer_SecondPathwayMeeting");
                fireTimer(journeyId, "wage-subsidy-period", "Timer_NextCheckIn");
                work("coach", "job-coaches", awaitTask(journeyId, "Task_HoldMonthlyCheckIn"), Map.of("meetingDate",
                        START.plusMonths(1).toString(), "attended", true, "progress", 3, "applicationsSent", 1,
                        "creditsEarned", 5, "concern", true));
                awaitTask(journeyId, "Task_HoldSocialGuidanceSession");
                fireTimer(journeyId, "wage-subsidy-period", "Timer_NextCheckIn");
                fireTimer(journeyId, "wage-subsidy-period", "Timer_Midpoint");
                return journeyId;
            }
            case "match":
                return atMatch();
            case "agree": {
                String journeyId = atMatch();
                matchAndAwaitAnswer(journeyId);
                return journeyId;
            }
            case "placement": {
                String journeyId = inPlacement();
                return journeyId;
            }
            case "supplement": {
                String journeyId = inPlacement();
                work("employer", "employer-coordinators", awaitTask(journeyId, "Task_RecordHiringDecision"), Map.of(
                        "hiringOutcome", "HIRED", "contractType", "PERMANENT", "employmentStart", END.plusDays(1).toString(),
                        "hoursPerWeek", 37, "paySubsidised", false));
                return journeyId;
            }
            case "supplementCheck":
                return supplementApplied();
            case "supplementPrepare": {
                String applicationId = supplementApplied();
                work("handler", "supplement-handlers", awaitTask(applicationId, "Task_CheckApplication"),
                        Map.of("checkOutcome", "COMPLETE"));
                return applicationId;
            }
            case "supplementApprove": {
                String applicationId = supplementApplied();
                work("handler", "supplement-handlers", awaitTask(applicationId, "Task_CheckApplication"),
                        Map.of("checkOutcome", "COMPLETE"));
                work("handler", "supplement-handlers", awaitTask(applicationId, "Task_PrepareDecision"), Map.of(
                        "proposedDecision", "ACCEPT", "monthlyAmountEur", 1400.0, "supplementMonths", 6,
                        "decisionText", "Myönnetään."));
                return applicationId;
            }
            case "exit":
                return atExitReview();
            case "followUp": {
                String journeyId = atExitReview();
                work("coach", "job-coaches", awaitTask(journeyId, "Task_HoldExitReview"), Map.of("leftOn",
                        TODAY.toString(), "outcomeOnLeaving", "EMPLOYED", "employmentType", "OPEN_MARKET",
                        "qualificationGained", true, "creditsGained", 45, "workAbilityAtExit", 9, "feedbackScore", 5,
                        "certificatesIssued", true));
                awaitActivity(journeyId, "Timer_ThreeMonths");
                fireTimer(journeyId, "follow-up", "Timer_ThreeMonths");
                return journeyId;
            }
            default:
                throw new IllegalArgumentException(fixture);
        }
    }

    private String atContract() {
        freeAllPlaces();
        String journeyId = journeyAtDecision();
        Reply decided = send("POST", "/api/v1/journeys/" + journeyId + "/events", basic("integration:integration"),
                "application/json", ("{\"type\": \"WAGE_SUBSIDY_DECIDED\", \"data\": {\"decisionNumber\": \"WS-BAD\", "
                        + "\"granted\": true, \"funding\": \"PAY_SUBSIDY\", \"subsidyPercent\": 70, \"startDate\": \""
                        + START + "\", \"endDate\": \"" + END + "\"}}").getBytes(StandardCharsets.UTF_8));
        assertThat(decided.status()).as(decided.shortBody()).isEqualTo(200);
        awaitTask(journeyId, "Task_SignContractAndOnboard");
        return journeyId;
    }

    private String periodRunning() {
        String journeyId = atContract();
        work("lead", "team-leads", awaitTask(journeyId, "Task_SignContractAndOnboard"),
                Map.of("contractDate", START.toString(), "workTeam", "SOFTWARE", "mentor", "Mira Mentor"));
        return journeyId;
    }

    private String atMatch() {
        company();
        String journeyId = periodRunning();
        midpointReviewAndHandOver(journeyId, START);
        return journeyId;
    }

    private void matchAndAwaitAnswer(String journeyId) {
        work("employer", "employer-coordinators", awaitTask(journeyId, "Task_MatchWithPartnerCompany"), Map.of(
                "partnerCompany", company(), "placementRole", "Junior developer", "supervisorName", "Kalle Koodari",
                "placementStart", PLACEMENT_START.toString(), "placementEnd", END.toString()));
        awaitTask(journeyId, "Task_AgreePlacement");
    }

    private String inPlacement() {
        String journeyId = atMatch();
        matchAndAwaitAnswer(journeyId);
        work("employer", "employer-coordinators", awaitTask(journeyId, "Task_AgreePlacement"),
                Map.of("companyAnswer", "CONFIRMED"));
        awaitActivity(journeyId, "Timer_OneMonthIn");
        fireTimer(journeyId, "trainee-placement", "Timer_OneMonthIn");
        awaitTask(journeyId, "Task_HoldMidPlacementCheckIn");
        fireTimer(journeyId, "trainee-placement", "Timer_PlacementEnds");
        return journeyId;
    }

    private String atExitReview() {
        String journeyId = periodRunning();
        Reply found = send("POST", "/api/v1/journeys/" + journeyId + "/events", basic("integration:integration"),
                "application/json", ("{\"type\": \"EMPLOYMENT_FOUND\", \"data\": {\"employer\": \"Pelistudio Oy\", "
                        + "\"startDate\": \"" + START.plusMonths(2) + "\", \"contractType\": \"PERMANENT\"}}")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(found.status()).as(found.shortBody()).isEqualTo(200);
        awaitTask(journeyId, "Task_HoldExitReview");
        return journeyId;
    }

    /** A journey any event can be sent to (its data is validated before anything else is looked at). */
    private String anyJourney() {
        String journeyId = fixtures.get("events");
        if (journeyId == null || runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(journeyId).count() == 0) {
            journeyId = createJourney(referral());
            awaitTask(journeyId, "Task_HoldSuitabilityInterview");
            fixtures.put("events", journeyId);
        }
        return journeyId;
    }

    private String resolve(String path) {
        String resolved = path;
        if (resolved.contains("{journey}")) {
            resolved = resolved.replace("{journey}", anyJourney());
        }
        if (resolved.contains("{company}")) {
            resolved = resolved.replace("{company}", company());
        }
        return resolved;
    }

    // ------------------------------------------------------------------------------------------
    // Nothing partly stored
    // ------------------------------------------------------------------------------------------

    /**
     * Rows (and a digest of their content) of every domain table, and the engine's process
     * instances, tasks and variables — once the job executor has nothing left to do. The outbox is
     * counted only: its dispatcher updates the rows' delivery state in the background.
     */
    private Map<String, Object> snapshot() {
        // A busy machine (CI beside a browser run) can take longer than a quiet one to drain the jobs;
        // jobs that never drain are named in the failure.
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                    .until(() -> managementService.createJobQuery().executable().count() == 0);
        } catch (org.awaitility.core.ConditionTimeoutException stillRunning) {
            throw new AssertionError("jobs still executable: " + managementService.createJobQuery().executable().list()
                    .stream().map(job -> job.getProcessDefinitionKey() + "/" + job.getJobDefinitionId() + " retries "
                            + job.getRetries() + " " + job.getExceptionMessage()).toList(), stillRunning);
        }
        if (snapshotQuery == null) {
            List<String> parts = new ArrayList<>();
            jdbc.queryForList("select table_name from information_schema.tables where table_schema = current_schema() "
                    + "and table_type = 'BASE TABLE' and table_name not like 'act\\_%' "
                    + "and table_name <> 'polku_schema_history' order by table_name", String.class)
                    .forEach(table -> parts.add("outbox_message".equals(table)
                            ? "select 'outbox_message', count(*) || '' from outbox_message"
                            : "select '" + table + "', count(*) || ' ' || coalesce(md5(string_agg(t::text, ',' "
                                    + "order by t::text)), '') from " + table + " t"));
            parts.add("select 'process instances', count(*) || '' from act_ru_execution where id_ = proc_inst_id_");
            parts.add("select 'tasks', count(*) || '' from act_ru_task");
            parts.add("select 'variables', count(*) || '' from act_ru_variable");
            snapshotQuery = String.join(" union all ", parts);
        }
        Map<String, Object> snapshot = new TreeMap<>();
        jdbc.query(snapshotQuery, rs -> {
            snapshot.put(rs.getString(1), rs.getString(2));
        });
        return snapshot;
    }

    private String snapshotQuery;

    // ------------------------------------------------------------------------------------------
    // HTTP, byte for byte
    // ------------------------------------------------------------------------------------------

    @LocalServerPort
    int port;

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    record Reply(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
            } catch (java.io.IOException e) {
                throw new AssertionError("Not JSON: " + shortBody(), e);
            }
        }

        String shortBody() {
            return body.length() > 600 ? body.substring(0, 600) + "…" : body;
        }
    }

    static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    private Reply send(String method, String path, String authorization, String contentType, byte[] body) {
        return send(method, path, authorization, contentType, body, null);
    }

    private Reply send(String method, String path, String authorization, String contentType, byte[] body, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Accept", accept == null ? "application/json, application/problem+json" : accept);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("No answer to " + method + " " + shorten(path), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$<>]+)+\\(");
    private static final Pattern EXCEPTION_CLASS = Pattern.compile("\\b(java|jakarta|javax|org|com)\\.[a-z][\\w.]*(Exception|Error)\\b");

    private static void assertNoStackTrace(Reply reply) {
        assertThat(reply.body()).as("no stack trace").doesNotContainPattern(STACK_FRAME)
                .doesNotContainPattern(EXCEPTION_CLASS).doesNotContain("PSQLException", "SQLState", "\tat ");
    }
}
