package fi.polku.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Token checks with keys under the test's control (published by a JWKS endpoint on loopback): the
 * cases a real provider will not produce on request (a valid signature with another issuer, a
 * symmetric signature with the public key as secret), key rotation and provider outages.
 */
class BearerTokensTest {

    private static final String ISSUER = "https://login.example.org/polku";

    private HttpServer jwks;
    private final AtomicReference<JWKSet> published = new AtomicReference<>();
    private final AtomicInteger fetches = new AtomicInteger();
    private RSAKey key;
    private BearerTokens tokens;

    @BeforeEach
    void provider() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("key-1").generate();
        published.set(new JWKSet(key.toPublicJWK()));
        jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        jwks.createContext("/keys", exchange -> {
            fetches.incrementAndGet();
            byte[] body = published.get().toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwks.start();
        tokens = tokens(Duration.ofMinutes(15), Duration.ofHours(24));
    }

    @AfterEach
    void stop() {
        jwks.stop(0);
    }

    private BearerTokens tokens(Duration keysTimeToLive, Duration outageTolerance) {
        URI keys = URI.create("http://127.0.0.1:" + jwks.getAddress().getPort() + "/keys");
        return new BearerTokens(new OidcProperties(URI.create(ISSUER), keys, List.of("polku-api"),
                List.of("groups", "roles"), List.of("preferred_username", "sub"),
                Map.of("Polku.TeamLead", "team-leads"), Duration.ofSeconds(60), keysTimeToLive, outageTolerance),
                new ObjectMapper(), Clock.systemUTC());
    }

    private String token(RSAKey signer, Consumer<JWTClaimsSet.Builder> change) throws Exception {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience("polku-api").subject("0a1b2c")
                .claim("preferred_username", "tuula.toivonen@city.example").claim("roles", List.of("Polku.TeamLead"))
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(600)));
        change.accept(claims);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims.build());
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }

    private String token(Consumer<JWTClaimsSet.Builder> change) throws Exception {
        return token(key, change);
    }

    private String reason(String token) {
        BearerTokens.Outcome outcome = tokens.check(token);
        return outcome instanceof BearerTokens.Refused refused ? refused.status().value() + " " + refused.reason() : "accepted";
    }

    @Test
    void aValidTokenNamesTheUserAndTheMappedGroups() throws Exception {
        BearerTokens.Outcome outcome = tokens.check(token(claims -> { }));
        assertThat(outcome).isEqualTo(new BearerTokens.Accepted(
                new ApiCaller("tuula.toivonen@city.example", List.of("team-leads"))));
    }

    @Test
    void eachBadTokenIsRefusedWithItsReason() throws Exception {
        assertThat(reason(token(c -> c.expirationTime(Date.from(Instant.now().minusSeconds(120)))))).isEqualTo("401 expired-token");
        assertThat(reason(token(c -> c.expirationTime(null)))).isEqualTo("401 expired-token");
        assertThat(reason(token(c -> c.notBeforeTime(Date.from(Instant.now().plusSeconds(600)))))).isEqualTo("401 token-not-yet-valid");
        assertThat(reason(token(c -> c.issuer("https://login.example.org/other")))).isEqualTo("401 wrong-issuer");
        assertThat(reason(token(c -> c.audience("another-application")))).isEqualTo("401 wrong-audience");
        assertThat(reason(token(c -> c.audience((String) null)))).isEqualTo("401 wrong-audience");
        assertThat(reason(token(c -> c.claim("roles", null)))).isEqualTo("403 no-polku-group");
        assertThat(reason(token(c -> c.claim("roles", "Polku.Nobody")))).isEqualTo("403 no-polku-group");
        assertThat(reason(token(c -> c.claim("preferred_username", null).subject(null)))).isEqualTo("401 no-user-claim");
        assertThat(reason(token(new RSAKeyGenerator(2048).keyID("key-2").generate(), c -> { }))).isEqualTo("401 unknown-key");
        // Signed with another key under the published key's id.
        assertThat(reason(token(new RSAKeyGenerator(2048).keyID("key-1").generate(), c -> { }))).isEqualTo("401 bad-signature");
        assertThat(reason(new PlainJWT(new JWTClaimsSet.Builder().issuer(ISSUER).audience("polku-api").subject("x")
                .claim("roles", List.of("Polku.TeamLead")).expirationTime(Date.from(Instant.now().plusSeconds(600))).build())
                .serialize())).isEqualTo("401 unsigned-token");
        assertThat(reason("eyJhbGciOiJub25lIn0.e30.")).isEqualTo("401 unsigned-token");
        assertThat(reason("not.a.token")).isEqualTo("401 malformed-token");
        assertThat(reason("")).isEqualTo("401 malformed-token");
    }

    @Test
    void theAlgorithmCannotBeSwitchedToHmacWithThePublicKeyAsSecret() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience("polku-api").subject("x")
                .claim("roles", List.of("Polku.TeamLead")).expirationTime(Date.from(Instant.now().plusSeconds(600))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("key-1").build(), claims);
        jwt.sign(new MACSigner(key.toPublicJWK().toRSAPublicKey().getEncoded()));
        assertThat(reason(jwt.serialize())).isEqualTo("401 unknown-key");
    }

    @Test
    void keysAreCachedAndFetchedAgainWhenTheProviderRotatesThem() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertThat(reason(token(c -> { }))).isEqualTo("accepted");
        }
        assertThat(fetches).hasValue(1);

        RSAKey next = new RSAKeyGenerator(2048).keyID("key-2").generate();
        published.set(new JWKSet(List.of(key.toPublicJWK(), next.toPublicJWK())));
        assertThat(reason(token(next, c -> { }))).isEqualTo("accepted");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void whileTheProviderIsDownTheKeysFetchedBeforeServe() throws Exception {
        tokens = tokens(Duration.ofMillis(1), Duration.ofHours(24));
        assertThat(reason(token(c -> { }))).isEqualTo("accepted");
        jwks.stop(0);
        Thread.sleep(20);
        assertThat(reason(token(c -> { }))).isEqualTo("accepted");
    }

    @Test
    void withoutAnyKeysTheAnswerIsServiceUnavailable() throws Exception {
        jwks.stop(0);
        BearerTokens.Outcome outcome = tokens.check(token(c -> { }));
        assertThat(outcome).isInstanceOf(BearerTokens.Refused.class);
        assertThat(((BearerTokens.Refused) outcome).status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(((BearerTokens.Refused) outcome).reason()).isEqualTo("keys-unavailable");
    }
}
