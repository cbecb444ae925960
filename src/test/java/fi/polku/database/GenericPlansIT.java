package fi.polku.database;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pool plans every statement with its values (force_custom_plan, for the engine's task queries);
 * a transaction may opt into generic plans, and its connection leaves it with the pool's setting again.
 */
class GenericPlansIT extends IntegrationTest {

    private static final String SETTING = "select pg_backend_pid() as backend, current_setting('plan_cache_mode') as mode";

    @Autowired
    TransactionTemplate transaction;

    @Test
    void genericPlansLastOnlyForTheTransactionThatAllowsThem() {
        Map<String, Object> inside = transaction.execute(tx -> {
            GenericPlans.allowInThisTransaction(jdbc);
            return jdbc.queryForMap(SETTING);
        });
        assertThat(inside).containsEntry("mode", "auto");

        // The pool hands a thread back the connection it used last: the same server process.
        Map<String, Object> after = transaction.execute(tx -> jdbc.queryForMap(SETTING));
        assertThat(after.get("backend")).isEqualTo(inside.get("backend"));
        assertThat(after).containsEntry("mode", "force_custom_plan");
    }
}
