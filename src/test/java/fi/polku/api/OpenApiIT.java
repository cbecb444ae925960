package fi.polku.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class OpenApiIT extends IntegrationTest {

    @Test
    void theApiIsDescribedAsOpenApiWithSwaggerUi() {
        JsonNode docs = http.getForObject("/v3/api-docs", JsonNode.class);
        assertThat(docs.get("paths").has("/api/v1/referrals")).isTrue();
        assertThat(docs.get("paths").has("/api/v1/referrals/{journeyId}")).isTrue();
        assertThat(docs.get("paths").has("/api/v1/journeys/{journeyId}/events")).isTrue();
        assertThat(docs.get("paths").has("/api/v1/partner-companies")).isTrue();
        assertThat(docs.get("paths").has("/api/v1/partner-companies/{id}/pause")).isTrue();
        assertThat(docs.get("paths").has("/api/v1/reports/indicators")).isTrue();
        assertThat(docs.get("paths").has("/api/v1/participants/{participantId}")).isTrue();
        assertThat(docs.get("components").get("securitySchemes").has("basic")).isTrue();
        assertThat(docs.get("components").get("schemas").get("JourneyEventRequest").toString())
                .contains("JOURNEY_WITHDRAWN", "PARTICIPANT_WITHDREW");
        assertThat(http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
