package fi.polku.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The CPU an API request spends on authentication, before (HTTP Basic, credentials remembered by
 * {@link VerifiedCredentials}, the steady state of an integration) and after (an Entra-shaped RS256
 * access token checked by {@link BearerTokens}: parse, signature with the cached key, claims, group
 * mapping). Thread CPU time over many checks after a warm-up, one thread. Not part of verify:
 * <pre>./mvnw -o -Pbench test-compile failsafe:integration-test@bench -Dit.test=TokenValidationBench</pre>
 */
class TokenValidationBench {

    private static final int WARM_UP = 20_000;
    private static final int CHECKS = 50_000;

    @Test
    void tokenValidationCostsLessThanAThirdOfAMillisecondOfCpu() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        HttpServer jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] keys = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks.createContext("/keys", exchange -> {
            exchange.sendResponseHeaders(200, keys.length);
            exchange.getResponseBody().write(keys);
            exchange.close();
        });
        jwks.start();
        try {
            String issuer = "https://login.microsoftonline.com/" + UUID.randomUUID() + "/v2.0";
            BearerTokens tokens = new BearerTokens(new OidcProperties(URI.create(issuer),
                    URI.create("http://127.0.0.1:" + jwks.getAddress().getPort() + "/keys"),
                    List.of("api://polku"), List.of("groups", "roles"), List.of("preferred_username", "azp", "sub"),
                    Map.of("Polku.Integration", "integrations"), Duration.ofSeconds(60), Duration.ofMinutes(15),
                    Duration.ofHours(24)), new ObjectMapper(), Clock.systemUTC());
            String token = entraLikeToken(key, issuer);
            assertThat(tokens.check(token)).isInstanceOf(BearerTokens.Accepted.class);

            VerifiedCredentials credentials = new VerifiedCredentials(Duration.ofMinutes(5));
            credentials.remember("integration", "a long integration password 123", new ApiCaller("integration",
                    List.of("integrations")));

            double basic = microsPerCall(() -> credentials.find("integration", "a long integration password 123"));
            double bearer = microsPerCall(() -> tokens.check(token));
            System.out.printf("%nAuthentication CPU per API request (%d checks, one thread):%n"
                    + "  HTTP Basic, remembered credentials (before): %8.1f µs%n"
                    + "  RS256 bearer token, cached key (after):      %8.1f µs%n%n", CHECKS, basic, bearer);
            assertThat(bearer).isLessThan(300);
        } finally {
            jwks.stop(0);
        }
    }

    private static double microsPerCall(Supplier<Object> check) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Object sink = null;
        for (int i = 0; i < WARM_UP; i++) {
            sink = check.get();
        }
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < CHECKS; i++) {
            sink = check.get();
        }
        long cpu = threads.getCurrentThreadCpuTime() - start;
        assertThat(sink).isNotNull();
        return cpu / 1000.0 / CHECKS;
    }

    /** Claims as Entra ID v2 puts them in an app's access token for a daemon (client credentials). */
    private static String entraLikeToken(RSAKey key, String issuer) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).audience("api://polku")
                .subject(UUID.randomUUID().toString()).claim("azp", UUID.randomUUID().toString())
                .claim("azpacr", "1").claim("oid", UUID.randomUUID().toString()).claim("tid", UUID.randomUUID().toString())
                .claim("uti", "AbCdEfGhIjKlMnOpQrStUv").claim("ver", "2.0").claim("rh", "0.AXkAexample")
                .claim("roles", List.of("Polku.Integration")).issueTime(Date.from(now)).notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(3600))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
