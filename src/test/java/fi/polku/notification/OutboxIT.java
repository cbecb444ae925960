package fi.polku.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.support.IntegrationTest;
import fi.polku.support.WebhookReceiver;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Notifications leave through the outbox: delivered once with a key, or retried and kept as FAILED. */
class OutboxIT extends IntegrationTest {

    /** A referral from this organisation that the eligibility check declines at once. */
    private String declinedReferralFrom(String organisation) {
        ObjectNode referral = referral();
        ((ObjectNode) referral.get("source")).put("organisation", organisation);
        participant(referral).put("municipality", "Espoo");
        String journeyId = createJourney(referral);
        awaitStatus(journeyId, "outcome", "REFERRAL_DECLINED");
        return journeyId;
    }

    private Map<String, Object> message(String journeyId) {
        return jdbc.queryForMap("select id::text as id, status, attempts, last_error, target from outbox_message"
                + " where journey_id = ?::uuid", journeyId);
    }

    @Test
    void aConfiguredWebhookReceivesTheDecisionOnceWithAnIdempotencyKey() throws Exception {
        String journeyId = declinedReferralFrom("Webhook Services");
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(message(journeyId).get("status")));

        Map<String, Object> message = message(journeyId);
        assertThat(message.get("target")).isEqualTo("partner-webhook");
        WebhookReceiver.Delivery delivery = WEBHOOK.deliveries().stream()
                .filter(d -> d.body().contains(journeyId)).findFirst().orElseThrow();
        assertThat(delivery.path()).isEqualTo("/ok");
        assertThat(delivery.idempotencyKey()).isEqualTo(message.get("id"));
        assertThat(delivery.type()).isEqualTo("REFERRAL_DECLINED");
        JsonNode payload = objectMapper.readTree(delivery.body());
        assertThat(payload.get("reason").asText()).isEqualTo("Not a Helsinki resident");
        // The words for the people at the referrer, in the target's language (Swedish, configured).
        assertThat(payload.get("language").asText()).isEqualTo("sv");
        assertThat(payload.at("/message/subject").asText()).isEqualTo("Hänvisning " + payload.get("referralId").asText() + " avböjd");
        assertThat(payload.at("/message/text").asText()).endsWith("avböjdes. Orsak: bor inte i Helsingfors.");
        assertThat(payload.toString()).doesNotContain("Aino", "aino.virtanen");
        assertThat(WEBHOOK.deliveries().stream().filter(d -> d.body().contains(journeyId)).count()).isOne();
    }

    @Test
    void aFailingTargetIsRetriedWithBackoffThenMarkedFailedAndCounted() {
        double failedBefore = failedMetric();
        String journeyId = declinedReferralFrom("Failing Services");

        await().atMost(Duration.ofSeconds(15)).until(() -> "FAILED".equals(message(journeyId).get("status")));
        Map<String, Object> message = message(journeyId);
        assertThat(message.get("attempts")).isEqualTo(3);
        assertThat((String) message.get("last_error")).contains("HTTP 500");
        // A target that does not say its language reads Finnish.
        assertThat(jdbc.queryForObject("select payload->'message'->>'text' from outbox_message where journey_id = ?::uuid",
                String.class, journeyId)).endsWith("hylättiin. Syy: ei asu Helsingissä.");
        assertThat(WEBHOOK.deliveries().stream().filter(d -> d.body().contains(journeyId)).count()).isEqualTo(3);
        await().atMost(Duration.ofSeconds(5)).until(() -> failedMetric() > failedBefore);
    }

    @Test
    void aTargetThatTimesOutIsRetriedToo() {
        String journeyId = declinedReferralFrom("Slow Services");
        await().atMost(Duration.ofSeconds(20)).until(() -> "FAILED".equals(message(journeyId).get("status")));
        assertThat((String) message(journeyId).get("last_error")).containsIgnoringCase("timed out");
    }

    @Test
    void metricsNeedAManager() {
        assertThat(get(null, "/actuator/metrics/polku.notifications.failed.messages").getStatusCode().value()).isEqualTo(401);
        assertThat(get("coach", "/actuator/metrics/polku.notifications.failed.messages").getStatusCode().value()).isEqualTo(403);
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode().value()).isEqualTo(200);
    }

    private double failedMetric() {
        JsonNode metric = get("manager", "/actuator/metrics/polku.notifications.failed.messages").getBody();
        return metric.get("measurements").get(0).get("value").asDouble();
    }
}
