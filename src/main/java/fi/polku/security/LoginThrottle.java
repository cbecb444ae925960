package fi.polku.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Failed logins slowed down per user <em>and client address</em>, in place of the engine's lock-out.
 * The engine locks a user for good after ten failures (and refuses even the right password while
 * its growing delay runs), so anyone who knows a user name could lock out a colleague, the
 * administrator or the integration that delivers every referral. Here a user is locked only for
 * the address the failures came from, the lock expires on its own, and an address that fails
 * for many users is locked as a whole (password spraying). A lock is logged, counted
 * ({@code polku.logins.locks}) and visible ({@code polku.logins.locked}); it is lifted by waiting
 * or by {@link #lift}.
 *
 * <p>The state is per node and in memory: two nodes each allow their own attempts, and a restart
 * forgets the locks. That doubles an attacker's guesses at worst, which passwords of 12 characters
 * or more (the production rule) easily absorb, and keeps a login free of database writes.
 */
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    /** The key of an address's failures over all users. */
    private static final String ANY_USER = "\u0000any";
    /** Entries kept at most; beyond it the oldest unlocked ones are forgotten first. */
    static final int MAX_ENTRIES = 100_000;

    private final Settings settings;
    private final Clock clock;
    private final Map<Key, Failures> failures = new ConcurrentHashMap<>();
    private final Counter locks;

    public LoginThrottle(Settings settings, Clock clock, MeterRegistry meters) {
        this.settings = settings;
        this.clock = clock;
        this.locks = Counter.builder("polku.logins.locks")
                .description("Locks of a user (or a client address) after repeated failed logins").register(meters);
        Gauge.builder("polku.logins.locked", this, throttle -> throttle.locked().size())
                .description("Users and client addresses locked now after failed logins").register(meters);
    }

    /**
     * @param maxFailures           failures of one user from one address before a lock
     * @param maxFailuresPerAddress failures from one address, whatever the users, before a lock of the address
     * @param firstLock             the first lock; each further failure doubles it
     * @param maxLock               the longest lock
     * @param forgetAfter           failures older than this no longer count
     */
    @ConfigurationProperties("polku.login-throttle")
    public record Settings(@DefaultValue("5") int maxFailures, @DefaultValue("50") int maxFailuresPerAddress,
                           @DefaultValue("1m") Duration firstLock, @DefaultValue("15m") Duration maxLock,
                           @DefaultValue("1h") Duration forgetAfter) {
    }

    /** A lock now in force: who (a user, or every user of the address) and until when. */
    public record Lock(String userId, String address, Instant until, int failures) {
    }

    /** How long the user must wait before trying again from the address; empty when they may try now. */
    public Optional<Duration> retryAfter(String userId, String address) {
        Instant now = clock.instant();
        return java.util.stream.Stream.of(new Key(userId, address), new Key(ANY_USER, address))
                .map(failures::get).filter(f -> f != null && f.lockedUntil != null && f.lockedUntil.isAfter(now))
                .map(f -> Duration.between(now, f.lockedUntil)).max(Comparator.naturalOrder());
    }

    public void failed(String userId, String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_ENTRIES) {
            forgetOld(now);
        }
        count(new Key(userId, address), settings.maxFailures(), now);
        count(new Key(ANY_USER, address), settings.maxFailuresPerAddress(), now);
    }

    /** The user got in from the address: their failures from there are forgotten (the address's are not). */
    public void succeeded(String userId, String address) {
        failures.remove(new Key(userId, address));
    }

    /** The locks in force now, longest first. */
    public List<Lock> locked() {
        Instant now = clock.instant();
        return failures.entrySet().stream()
                .filter(e -> e.getValue().lockedUntil != null && e.getValue().lockedUntil.isAfter(now))
                .map(e -> new Lock(e.getKey().userId.equals(ANY_USER) ? null : e.getKey().userId, e.getKey().address,
                        e.getValue().lockedUntil, e.getValue().count))
                .sorted(Comparator.comparing(Lock::until).reversed()).toList();
    }

    /**
     * Lifts locks and forgets failures: of the user (null: every user, and the address-wide count)
     * from the address (null: from every address). Returns how many entries were forgotten.
     */
    public int lift(String userId, String address) {
        int before = failures.size();
        failures.keySet().removeIf(key -> (userId == null || key.userId.equals(userId))
                && (address == null || key.address.equals(address)));
        return before - failures.size();
    }

    /** Users and addresses with failures remembered now. */
    int entries() {
        return failures.size();
    }

    private void count(Key key, int maxFailures, Instant now) {
        Failures updated = failures.compute(key, (k, previous) -> {
            boolean stale = previous == null || previous.last.plus(settings.forgetAfter()).isBefore(now);
            int count = stale ? 1 : previous.count + 1;
            Instant lockedUntil = count >= maxFailures ? now.plus(lockLength(count - maxFailures)) : null;
            return new Failures(count, now, lockedUntil);
        });
        if (updated.lockedUntil != null) {
            locks.increment();
            log.warn("Login locked for {} from address {} until {} after {} failed attempts",
                    key.userId.equals(ANY_USER) ? "every user" : "user '" + printable(key.userId) + "'", key.address,
                    updated.lockedUntil, updated.count);
        }
    }

    /** The first lock, doubled for each failure beyond the limit, at most the longest lock. */
    private Duration lockLength(int beyondLimit) {
        Duration length = settings.firstLock();
        for (int i = 0; i < beyondLimit && length.compareTo(settings.maxLock()) < 0; i++) {
            length = length.multipliedBy(2);
        }
        return length.compareTo(settings.maxLock()) > 0 ? settings.maxLock() : length;
    }

    private void forgetOld(Instant now) {
        failures.entrySet().removeIf(e -> (e.getValue().lockedUntil == null || !e.getValue().lockedUntil.isAfter(now))
                && e.getValue().last.plus(settings.forgetAfter()).isBefore(now));
        if (failures.size() >= MAX_ENTRIES) {
            // Still full of recent failures: forget the unlocked ones, keeping every lock in force.
            failures.entrySet().removeIf(e -> e.getValue().lockedUntil == null || !e.getValue().lockedUntil.isAfter(now));
        }
    }

    /** A user name as typed by anyone, safe for a log line (no line breaks or other control characters). */
    private static String printable(String userId) {
        String shown = userId.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 100 ? shown.substring(0, 100) + "…" : shown;
    }

    private record Key(String userId, String address) {
    }

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }
}
