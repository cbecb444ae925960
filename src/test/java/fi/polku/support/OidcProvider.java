package fi.polku.support;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * A real OpenID Connect provider (mock-oauth2-server) on loopback, one per test JVM, stopped when the
 * JVM ends. Its issuer {@value #ISSUER_ID} is the provider the test configuration trusts, for the
 * audience {@value #AUDIENCE}.
 */
public final class OidcProvider {

    public static final String ISSUER_ID = "polku";
    public static final String AUDIENCE = "polku-api";

    private final MockOAuth2Server server = new MockOAuth2Server();
    private final java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();

    private OidcProvider() {
    }

    public static OidcProvider start() {
        OidcProvider provider = new OidcProvider();
        try {
            provider.server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(provider::stop, "oidc-provider-shutdown"));
        return provider;
    }

    public void stop() {
        if (stopped.compareAndSet(false, true)) {
            server.shutdown();
        }
    }

    public String issuer() {
        return issuer(ISSUER_ID);
    }

    /** Another issuer of the same server: its own keys and its own {@code iss}. */
    public String issuer(String issuerId) {
        return server.issuerUrl(issuerId).toString();
    }

    /** An access token for the user, issued in-process, valid for an hour. */
    public String token(String subject, Map<String, ?> claims) {
        return token(ISSUER_ID, subject, List.of(AUDIENCE), claims, 3600);
    }

    public String token(String issuerId, String subject, List<String> audience, Map<String, ?> claims, long expirySeconds) {
        return server.issueToken(issuerId, subject,
                new DefaultOAuth2TokenCallback(issuerId, subject, "JWT", audience, claims, expirySeconds)).serialize();
    }

    /** The tokens the next token request (a sign-in's code exchange) gets: this subject with these claims. */
    public void nextToken(String subject, Map<String, ?> claims) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(AUDIENCE), claims, 3600));
    }

    /** An integration's token by the client-credentials grant over HTTP, with the claims given. */
    public String clientCredentials(String clientId, Map<String, ?> claims) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, clientId, "JWT", List.of(AUDIENCE), claims, 3600));
        String basic = Base64.getEncoder().encodeToString((clientId + ":secret").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.tokenEndpointUrl(ISSUER_ID).toString()))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=" + AUDIENCE))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token endpoint answered " + response.statusCode() + ": " + response.body());
            }
            String body = response.body();
            int start = body.indexOf("\"access_token\"");
            start = body.indexOf('"', body.indexOf(':', start) + 1) + 1;
            return body.substring(start, body.indexOf('"', start));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
