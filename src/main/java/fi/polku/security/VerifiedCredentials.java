package fi.polku.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HTTP Basic credentials of the integration API that the identity service accepted a moment ago,
 * with the caller they stand for. An integration sends its credentials with every request; checking
 * them each time costs two queries and a password hash, about a tenth of an intake request's CPU
 * (measured with the benchmark's flight recording). Remembered for {@code timeToLive} only, so a
 * changed password, a removed membership or a locked user applies after that time at the latest.
 * Refused credentials are never remembered: every failed attempt reaches the identity service,
 * which counts it towards locking the user.
 * <p>
 * Neither the password nor a plain hash of it is kept: the key of an entry is an HMAC of user and
 * password under a random key that lives only in this process's memory.
 */
final class VerifiedCredentials {

    /** Bounds the memory a flood of distinct valid credentials could take; then everything is checked again. */
    static final int MAX_ENTRIES = 10_000;

    private record Entry(ApiCaller caller, long expiresAt) {
    }

    private final long timeToLiveNanos;
    private final LongSupplier nanoTime;
    /**
     * One initialised HMAC per thread: looking the algorithm up and initialising it with the key for
     * every request took some 4% of an API request's CPU. A Mac is not thread-safe; after
     * {@code doFinal} it is ready for the next message with the same key.
     */
    private final ThreadLocal<Mac> mac;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    VerifiedCredentials(Duration timeToLive) {
        this(timeToLive, System::nanoTime);
    }

    VerifiedCredentials(Duration timeToLive, LongSupplier nanoTime) {
        this.timeToLiveNanos = timeToLive.toNanos();
        this.nanoTime = nanoTime;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        SecretKeySpec key = new SecretKeySpec(secret, "HmacSHA256");
        this.mac = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
            }
        });
    }

    /** The caller these credentials were verified as within the time to live; null otherwise. */
    ApiCaller find(String user, String password) {
        if (timeToLiveNanos <= 0) {
            return null;
        }
        String id = id(user, password);
        Entry entry = entries.get(id);
        if (entry == null) {
            return null;
        }
        if (nanoTime.getAsLong() - entry.expiresAt() >= 0) {
            entries.remove(id, entry);
            return null;
        }
        return entry.caller();
    }

    /** Remembers credentials the identity service has just accepted. */
    void remember(String user, String password, ApiCaller caller) {
        if (timeToLiveNanos <= 0) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(id(user, password), new Entry(caller, nanoTime.getAsLong() + timeToLiveNanos));
    }

    private String id(String user, String password) {
        // The user's length first, so that no other pair of user and password gives the same text.
        return HexFormat.of().formatHex(mac.get().doFinal((user.length() + ":" + user + password)
                .getBytes(StandardCharsets.UTF_8)));
    }
}
