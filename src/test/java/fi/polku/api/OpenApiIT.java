package fi.polku.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.support.IntegrationTest;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class OpenApiIT extends IntegrationTest {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String FIELD_ERROR_REF = "#/components/schemas/FieldError";

    @Test
    void theApiIsDescribedAsOpenApiWithSwaggerUi() {
        JsonNode docs = apiDocs();
        assertThat(docs.get("paths").has("/api/v1/referrals")).isTrue();
        assertThat(docs.get("paths").has("/api/v1/referrals/{journeyId}")).isTrue();
        assertThat(docs.get("paths").has("/api/v1/work-activity-referrals")).isTrue();
        assertThat(docs.get("paths").has("/api/v1/journeys/{journeyId}/events")).isTrue();
        assertThat(docs.get("paths").has("/api/v1/partner-companies")).isTrue();
        assertThat(docs.get("paths").has("/api/v1/partner-companies/{id}/pause")).isTrue();
        assertThat(docs.get("paths").has("/api/v1/reports/indicators")).isTrue();
        assertThat(docs.get("paths").has("/api/v1/reports/ips-figures")).isTrue();
        // The status names the journey's kind and the journey a move from work activity links it with.
        assertThat(docs.get("components").get("schemas").get("JourneyStatus").get("properties").has("journeyType")).isTrue();
        assertThat(docs.get("components").get("schemas").get("JourneyStatus").get("properties").has("linkedJourney")).isTrue();
        assertThat(docs.get("components").get("schemas").get("LinkedJourney").toString()).contains("MOVED_TO_DIGITALENTS");
        assertThat(docs.get("paths").has("/api/v1/participants/{participantId}")).isTrue();
        assertThat(docs.get("components").get("securitySchemes").has("basic")).isTrue();
        assertThat(docs.get("components").get("schemas").get("JourneyEventRequest").toString())
                .contains("JOURNEY_WITHDRAWN", "PARTICIPANT_WITHDREW", "WORK_ACTIVITY_ENDED");
        assertThat(http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void everyErrorResponseIsAProblemDetailAndOnlyThat() {
        JsonNode docs = apiDocs();
        List<String> errors = new ArrayList<>();
        forEachOperation(docs, (operation, node) -> node.get("responses").fields().forEachRemaining(response -> {
            if (response.getKey().matches("[45]\\d\\d")) {
                errors.add(operation + " " + response.getKey());
                JsonNode content = response.getValue().get("content");
                assertThat(content).as("%s %s content", operation, response.getKey()).isNotNull();
                assertThat(fieldNames(content)).as("%s %s media types", operation, response.getKey())
                        .containsExactly("application/problem+json");
                assertThat(content.at("/application~1problem+json/schema/$ref").asText())
                        .as("%s %s schema", operation, response.getKey()).isEqualTo(PROBLEM_REF);
            }
        }));
        // The controllers' own error answers are among them, not only the ones every call can meet.
        assertThat(errors).contains("POST /api/v1/referrals 400", "POST /api/v1/referrals 409",
                "POST /api/v1/work-activity-referrals 400", "POST /api/v1/work-activity-referrals 409",
                "PUT /api/v1/partner-companies/{id} 404", "DELETE /api/v1/participants/{participantId} 410");
    }

    @Test
    void everyOperationDocumentsTheErrorsEveryCallCanMeet() {
        forEachOperation(apiDocs(), (operation, node) -> {
            assertThat(fieldNames(node.get("responses"))).as(operation).contains("401", "403", "503");
            assertThat(node.at("/responses/503/headers").has("Retry-After")).as(operation + " 503 Retry-After").isTrue();
        });
    }

    @Test
    void theProblemSchemaHasTheMembersOfTheProblemsTheApiSends() {
        JsonNode schemas = apiDocs().get("components").get("schemas");
        JsonNode problem = schemas.get("Problem");
        assertThat(fieldNames(problem.get("properties")))
                .contains("type", "title", "status", "detail", "instance", "errors");
        assertThat(problem.at("/properties/status/type").asText()).isEqualTo("integer");
        assertThat(problem.at("/properties/errors/type").asText()).isEqualTo("array");
        assertThat(problem.at("/properties/errors/items/$ref").asText()).isEqualTo(FIELD_ERROR_REF);
        assertThat(texts(problem.get("required"))).containsExactlyInAnyOrder("type", "title", "status");
        // The field errors as the record FieldError is written, every member always present.
        Set<String> components = new TreeSet<>(Arrays.stream(FieldError.class.getRecordComponents())
                .map(RecordComponent::getName).toList());
        JsonNode fieldError = schemas.get("FieldError");
        assertThat(fieldNames(fieldError.get("properties"))).isEqualTo(components).containsExactly("field", "message", "rule");
        assertThat(new TreeSet<>(texts(fieldError.get("required")))).isEqualTo(components);
    }

    @Test
    void successResponsesKeepTheirOwnSchemas() {
        JsonNode docs = apiDocs();
        forEachOperation(docs, (operation, node) -> node.get("responses").fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("2") && response.getValue().has("content")) {
                JsonNode content = response.getValue().get("content");
                // The supplement payment file is a file for the city's payment system: CSV only.
                assertThat(fieldNames(content)).as("%s %s", operation, response.getKey())
                        .contains(operation.equals("GET /api/v1/supplement-payments/export") ? "text/csv" : "application/json")
                        .doesNotContain("application/problem+json");
                assertThat(content.toString()).as("%s %s", operation, response.getKey()).doesNotContain(PROBLEM_REF);
            }
        }));
        Map<String, String> expected = Map.of(
                "/paths/~1api~1v1~1referrals/post/responses/201", "#/components/schemas/JourneyStatus",
                "/paths/~1api~1v1~1referrals/post/responses/200", "#/components/schemas/JourneyStatus",
                "/paths/~1api~1v1~1journeys~1{journeyId}~1events/post/responses/200", "#/components/schemas/JourneyStatus",
                "/paths/~1api~1v1~1partner-companies/post/responses/201", "#/components/schemas/PartnerCompany",
                "/paths/~1api~1v1~1participants~1{participantId}/delete/responses/200", "#/components/schemas/Erasure");
        expected.forEach((response, schema) ->
                assertThat(docs.at(response + "/content/application~1json/schema/$ref").asText()).as(response).isEqualTo(schema));
        assertThat(fieldNames(docs.at("/paths/~1api~1v1~1reports~1indicators/get/responses/200/content")))
                .containsExactlyInAnyOrder("text/csv", "application/json");
    }

    @Test
    void aRealErrorIsSentAsTheDocumentedProblem() {
        JsonNode schemas = apiDocs().get("components").get("schemas");
        Set<String> problemMembers = fieldNames(schemas.get("Problem").get("properties"));
        Set<String> fieldErrorMembers = fieldNames(schemas.get("FieldError").get("properties"));

        ResponseEntity<JsonNode> refused = post("integration", "/api/v1/referrals", objectMapper.createObjectNode());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = refused.getBody();
        assertThat(fieldNames(problem)).isSubsetOf(problemMembers)
                .containsAll(texts(schemas.get("Problem").get("required")))
                .contains("detail", "instance", "errors");
        assertThat(problem.get("type").asText()).isEqualTo("https://polku.example/problems/invalid-request");
        assertThat(problem.get("status").isInt()).isTrue();
        assertThat(problem.get("instance").asText()).isEqualTo("/api/v1/referrals");
        assertThat(problem.get("errors")).isNotEmpty();
        problem.get("errors").forEach(error -> assertThat(fieldNames(error)).isEqualTo(fieldErrorMembers));
        assertThat(problem.get("errors").toString()).contains("\"field\":\"participant\"", "\"rule\":\"NotNull\"");
    }

    private JsonNode apiDocs() {
        return http.getForObject("/v3/api-docs", JsonNode.class);
    }

    /** Each operation as "METHOD path" with its node. */
    private static void forEachOperation(JsonNode docs, BiConsumer<String, JsonNode> action) {
        docs.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (operation.getValue().has("responses")) {
                action.accept(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
            }
        }));
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
