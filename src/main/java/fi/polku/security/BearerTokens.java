package fi.polku.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * Checks an OAuth2 access token (a signed JWT) of the configured provider and says who it stands
 * for: signature with the provider's published keys (RS256 only, the algorithm Entra ID and
 * Keycloak sign with; {@code alg: none} and symmetric algorithms are never accepted), issuer,
 * audience, expiry, and the caller's Polku groups from the group claims.
 * <p>
 * Keys are cached ({@code keysTimeToLive}) and fetched again at once, rate-limited, when a token
 * names a key id the cache does not have, so a key rotation at the provider needs no restart. While
 * the provider cannot be reached the keys fetched before stay in use ({@code keysOutageTolerance});
 * only without any keys is the answer 503.
 * <p>
 * Refusals name a reason class, never the token: tokens are bearer credentials, and a log or a
 * problem document is read by more people than the token's owner.
 */
final class BearerTokens {

    /** What a token check found. */
    sealed interface Outcome permits Accepted, Refused {
    }

    record Accepted(ApiCaller caller) implements Outcome {
    }

    /**
     * @param reason a short class of the refusal ({@code expired}, {@code wrong-audience}, ...), the
     *               last part of the problem type
     */
    record Refused(HttpStatus status, String reason, String detail) implements Outcome {
    }

    private static final Logger log = LoggerFactory.getLogger(BearerTokens.class);
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(3);
    private static final long RATE_LIMIT_MILLIS = Duration.ofSeconds(30).toMillis();

    private final OidcProperties properties;
    private final ClaimGroups claimGroups;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private volatile DefaultJWTProcessor<SecurityContext> processor;

    BearerTokens(OidcProperties properties, ObjectMapper objectMapper, Clock clock) {
        this.properties = properties;
        this.claimGroups = new ClaimGroups(properties);
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    Outcome check(String token) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException e) {
            return refused(HttpStatus.UNAUTHORIZED, "malformed-token", "The bearer token is not a JWT");
        }
        if (jwt instanceof PlainJWT) {
            return refused(HttpStatus.UNAUTHORIZED, "unsigned-token", "The bearer token is not signed (alg: none)");
        }
        if (!(jwt instanceof SignedJWT signed)) {
            return refused(HttpStatus.UNAUTHORIZED, "malformed-token", "The bearer token is not a signed JWT");
        }
        DefaultJWTProcessor<SecurityContext> verifier;
        try {
            verifier = processor();
        } catch (IOException | RuntimeException e) {
            log.warn("Bearer token not checked: the provider's keys cannot be located ({})", e.toString());
            return keysUnavailable();
        }
        JWTClaimsSet claims;
        try {
            claims = verifier.process(signed, null);
        } catch (BadJWSException e) {
            return refused(HttpStatus.UNAUTHORIZED, "bad-signature", "The bearer token's signature is not valid");
        } catch (BadJOSEException e) {
            return refused(HttpStatus.UNAUTHORIZED, "unknown-key",
                    "The bearer token is not signed with RS256 by a key the provider publishes");
        } catch (RateLimitReachedException e) {
            // An unknown key id made the keys be fetched again a moment ago: the cached keys are current.
            return refused(HttpStatus.UNAUTHORIZED, "unknown-key",
                    "The bearer token is not signed with RS256 by a key the provider publishes");
        } catch (JOSEException e) {
            // Fetching the provider's keys failed and no earlier keys are at hand.
            log.warn("Bearer token not checked: the provider's keys cannot be fetched ({})", e.getMessage());
            return keysUnavailable();
        }
        return checkClaims(claims);
    }

    private Outcome checkClaims(JWTClaimsSet claims) {
        if (!properties.issuerUri().toString().equals(claims.getIssuer())) {
            return refused(HttpStatus.UNAUTHORIZED, "wrong-issuer", "The bearer token was issued by another provider");
        }
        List<String> audience = claims.getAudience();
        if (audience == null || audience.stream().noneMatch(properties.audiences()::contains)) {
            return refused(HttpStatus.UNAUTHORIZED, "wrong-audience", "The bearer token was issued for another application");
        }
        Instant now = clock.instant();
        Date expires = claims.getExpirationTime();
        if (expires == null || !now.minus(properties.clockSkew()).isBefore(expires.toInstant())) {
            return refused(HttpStatus.UNAUTHORIZED, "expired-token", "The bearer token has expired");
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && now.plus(properties.clockSkew()).isBefore(notBefore.toInstant())) {
            return refused(HttpStatus.UNAUTHORIZED, "token-not-yet-valid", "The bearer token is not valid yet");
        }
        Map<String, Object> all = claims.getClaims();
        String user = claimGroups.user(all);
        if (user == null) {
            return refused(HttpStatus.UNAUTHORIZED, "no-user-claim", "The bearer token names no user");
        }
        List<String> groups = claimGroups.groups(all);
        if (groups.isEmpty()) {
            return refused(HttpStatus.FORBIDDEN, "no-polku-group",
                    "The bearer token carries no group or role that Polku knows; ask the administrator of the "
                            + "identity provider for a Polku role");
        }
        return new Accepted(new ApiCaller(user, groups));
    }

    private static Refused refused(HttpStatus status, String reason, String detail) {
        log.info("Bearer token refused: {}", reason);
        return new Refused(status, reason, detail);
    }

    private static Refused keysUnavailable() {
        return new Refused(HttpStatus.SERVICE_UNAVAILABLE, "keys-unavailable",
                "The identity provider's keys cannot be fetched right now; try again shortly");
    }

    /** Built at the first token, so that Polku starts while the provider is down. */
    private DefaultJWTProcessor<SecurityContext> processor() throws IOException {
        DefaultJWTProcessor<SecurityContext> built = processor;
        if (built != null) {
            return built;
        }
        synchronized (this) {
            if (processor == null) {
                URI jwkSetUri = properties.jwkSetUri() != null && !properties.jwkSetUri().toString().isBlank()
                        ? properties.jwkSetUri() : discoverJwkSetUri();
                int timeout = (int) FETCH_TIMEOUT.toMillis();
                JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(jwkSetUri.toURL(),
                                new DefaultResourceRetriever(timeout, timeout, 512 * 1024))
                        .cache(properties.keysTimeToLive().toMillis(), timeout)
                        // Fetched again in the background shortly before they expire, when they live long enough.
                        .refreshAheadCache(properties.keysTimeToLive().compareTo(Duration.ofMinutes(2)) >= 0)
                        // Nimbus wants the cache to live longer than the rate limit's interval.
                        .rateLimited(Math.min(RATE_LIMIT_MILLIS, properties.keysTimeToLive().toMillis() / 2))
                        .outageTolerant(properties.keysOutageTolerance().toMillis())
                        .build();
                DefaultJWTProcessor<SecurityContext> created = new DefaultJWTProcessor<>();
                created.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
                // Issuer, audience and times are checked above, each with its own answer.
                created.setJWTClaimsSetVerifier((claims, context) -> { });
                processor = created;
            }
            return processor;
        }
    }

    private URI discoverJwkSetUri() throws IOException {
        String issuer = properties.issuerUri().toString();
        URI discovery = URI.create(issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration");
        HttpClient client = HttpClient.newBuilder().connectTimeout(FETCH_TIMEOUT).build();
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(discovery).timeout(FETCH_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("discovery answered " + response.statusCode());
            }
            JsonNode jwksUri = objectMapper.readTree(response.body()).get("jwks_uri");
            if (jwksUri == null || !jwksUri.isTextual()) {
                throw new IOException("discovery document without jwks_uri");
            }
            return URI.create(jwksUri.asText());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
