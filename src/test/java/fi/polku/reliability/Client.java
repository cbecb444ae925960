package fi.polku.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** What an integration or Tasklist sends a node, over real HTTP; a refused connection is status -1. */
final class Client {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The suitability interview as Tasklist submits it: suitable, so the journey asks for a place. */
    static final String SUITABLE_INTERVIEW = """
            {"variables": {"interviewOutcome": {"value": "SUITABLE"}, "interviewDate": {"value": "2026-11-20"},
             "motivation": {"value": 4, "type": "Integer"}, "preferredWorkTeam": {"value": "SOFTWARE"}}}""";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    record Answer(int status, String contentType, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Client() {
    }

    static Answer post(String baseUrl, String user, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            return new Answer(-1, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "", e.toString());
        }
    }

    /** A valid referral from an organisation whose notifications go to the test's webhook receiver. */
    static String referral(String sourceReferralId) {
        try (InputStream in = Client.class.getResourceAsStream("/referral.json")) {
            ObjectNode referral = (ObjectNode) JSON.readTree(in);
            ((ObjectNode) referral.get("source")).put("referralId", sourceReferralId)
                    .put("organisation", "Webhook Services");
            ((ObjectNode) referral.get("participant")).put("lastName", "Virtanen-" + sourceReferralId);
            return referral.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
