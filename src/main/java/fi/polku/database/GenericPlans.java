package fi.polku.database;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lets the current transaction reuse PostgreSQL's generic plans of prepared statements.
 * <p>
 * The pool sets {@code plan_cache_mode = force_custom_plan} on every connection (see
 * {@link DataSourceConfiguration}): the engine's authorization-checked task queries need plans made
 * with their parameter values. The price is that every statement is planned again at every
 * execution. For the intake, whose some 30 statements are inserts and lookups by key with one right
 * plan whatever the values, that planning was 1.2 ms of PostgreSQL's 5.6 ms CPU per referral
 * (pg_stat_statements with track_planning, benchmark intake run). A transaction that calls this plans
 * as PostgreSQL does by default ({@code auto}: generic plans once they are no worse); the setting
 * ends with the transaction, so the connection goes back to the pool as it came.
 */
public final class GenericPlans {

    private GenericPlans() {
    }

    /** Must run inside the transaction it is meant for (a transaction-local setting). */
    public static void allowInThisTransaction(JdbcTemplate jdbc) {
        jdbc.query("select set_config('plan_cache_mode', 'auto', true)", rs -> null);
    }
}
