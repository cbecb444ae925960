package fi.polku.places;

import fi.polku.engine.EngineClock;
import fi.polku.journey.JourneyEndHandler;
import fi.polku.journey.JourneyEventType;
import fi.polku.journey.JourneyOutcome;
import fi.polku.journey.JourneyTables;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Wage-subsidy places and the waiting list. Reservations are counted under a database lock, so
 * concurrent journeys (also on two nodes) never fill more places than the configured capacity.
 * A place is held exactly while the journey needs it: from its reservation until the participant
 * leaves the period (follow-up) or the journey ends in any other way ({@link #journeyEnded}). The
 * waiting list is a queue: a free place goes to the journey that has waited longest, and nobody
 * (a newer referral, or a journey offered the place out of turn) takes it while a journey that has
 * waited longer is still in line, even one whose waiting a team lead is deciding on right now.
 */
@Component
public class PlaceRegistry implements JourneyEndHandler, JourneyTables {

    private final JdbcTemplate jdbc;
    private final PlaceProperties properties;
    private final RuntimeService runtimeService;

    public PlaceRegistry(JdbcTemplate jdbc, PlaceProperties properties, RuntimeService runtimeService) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.runtimeService = runtimeService;
    }

    @Override
    public List<String> erasedWithParticipant() {
        return List.of("place_reservation", "waiting_list_entry");
    }

    /**
     * Reserves a place for the journey if one is free for it: free places beyond those owed to the
     * journeys that have waited longer. True also when it already holds one.
     */
    public boolean reserve(UUID journeyId) {
        jdbc.query("select pg_advisory_xact_lock(hashtext('wage-subsidy-places'))", rs -> null);
        Integer held = jdbc.queryForObject(
                "select count(*) from place_reservation where journey_id = ? and released_at is null", Integer.class, journeyId);
        if (held != null && held > 0) {
            return true;
        }
        Integer taken = jdbc.queryForObject("select count(*) from place_reservation where released_at is null", Integer.class);
        Integer ahead = jdbc.queryForObject("""
                select count(*) from waiting_list_entry w
                where w.left_at is null and w.journey_id <> ?
                  and w.since < coalesce((select since from waiting_list_entry where journey_id = ? and left_at is null), ?)""",
                Integer.class, journeyId, journeyId, now());
        if ((taken == null ? 0 : taken) + (ahead == null ? 0 : ahead) >= properties.capacity()) {
            return false;
        }
        jdbc.update("""
                insert into place_reservation (journey_id, reserved_at) values (?, ?)
                on conflict (journey_id) do update set reserved_at = excluded.reserved_at, released_at = null""",
                journeyId, now());
        leaveWaitingList(journeyId);
        return true;
    }

    /** Puts the journey on the waiting list; true when it was not on it before. */
    public boolean joinWaitingList(UUID journeyId) {
        return jdbc.update("""
                insert into waiting_list_entry (journey_id, since) values (?, ?)
                on conflict (journey_id) do update set since = excluded.since, left_at = null
                where waiting_list_entry.left_at is not null""", journeyId, now()) > 0;
    }

    public void leaveWaitingList(UUID journeyId) {
        jdbc.update("update waiting_list_entry set left_at = ? where journey_id = ? and left_at is null", now(), journeyId);
    }

    /**
     * Frees the journey's place (if it holds one) and takes it off the waiting list (if it is on
     * it); then, when a place is free, offers it to the longest-waiting journey that is waiting for
     * a place right now (leaving the list can make a free place someone's turn too).
     */
    public void releaseAndOfferToNext(UUID journeyId) {
        leaveWaitingList(journeyId);
        jdbc.update("update place_reservation set released_at = ? where journey_id = ? and released_at is null", now(),
                journeyId);
        if (freePlaces() > 0) {
            offerFreePlace();
        }
    }

    /** A journey that ends, however, holds no place and waits for none. */
    @Override
    public void journeyEnded(UUID journeyId, JourneyOutcome outcome) {
        releaseAndOfferToNext(journeyId);
    }

    /**
     * Tells the longest-waiting journey that waits for a place that one may be free. It takes the
     * place in its own transaction ("Reserve a place" is asynchronous), so a failure there cannot
     * fail the journey that freed it. Journeys on the list that are not waiting right now (a team
     * lead is deciding on them) are passed over here, but still keep the place for themselves:
     * {@link #reserve} gives it to nobody who has waited less, and "keep waiting" goes back to
     * "Reserve a place".
     */
    public void offerFreePlace() {
        for (UUID waiting : waitingInOrder(50)) {
            boolean offered = !runtimeService.createMessageCorrelation(JourneyEventType.PLACE_AVAILABLE.messageName())
                    .processInstanceBusinessKey(waiting.toString())
                    .correlateAllWithResult().isEmpty();
            if (offered) {
                return;
            }
        }
    }

    public List<UUID> waitingInOrder(int limit) {
        return jdbc.queryForList(
                "select journey_id from waiting_list_entry where left_at is null order by since limit ?", UUID.class, limit);
    }

    public int freePlaces() {
        Integer taken = jdbc.queryForObject("select count(*) from place_reservation where released_at is null", Integer.class);
        return Math.max(0, properties.capacity() - (taken == null ? 0 : taken));
    }

    /**
     * The engine's time, not the database's: the waiting list's order and the dates the Journeys page
     * shows follow the same clock as the journey's timers (the 60 days of waiting), which the demo
     * seeding moves into the past and process tests move too.
     */
    private static Timestamp now() {
        return Timestamp.from(EngineClock.now());
    }
}
