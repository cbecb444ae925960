package fi.polku.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionSystemException;

/** The failure shapes seen in the database-outage test's logs, and ones that are not outages. */
class DatabaseFailuresTest {

    @Test
    void theServerTerminatingConnectionsIsAnOutage() {
        SQLException terminated = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
        assertThat(DatabaseFailures.unreachable(new ProcessEnginePersistenceException("persistence",
                new PersistenceException(terminated)))).isTrue();
    }

    @Test
    void aPoolWithoutConnectionsIsAnOutage() {
        assertThat(DatabaseFailures.unreachable(new RuntimeException(
                new SQLTransientConnectionException("polku - Connection is not available, request timed out after 5000ms")))).isTrue();
    }

    @Test
    void aBrokenPipeWhileSendingIsAnOutage() {
        assertThat(DatabaseFailures.unreachable(new SQLException("An I/O error occurred while sending to the backend.",
                "08006", new SocketException("Broken pipe")))).isTrue();
    }

    @Test
    void aRollbackOnAConnectionThePoolAlreadyClosedIsAnOutage() {
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        assertThat(DatabaseFailures.unreachable(new ProcessEnginePersistenceException("persistence", rollbackFailed))).isTrue();
    }

    @Test
    void constraintViolationsAndBugsAreNot() {
        assertThat(DatabaseFailures.unreachable(new SQLException("duplicate key value", "23505"))).isFalse();
        assertThat(DatabaseFailures.unreachable(new TransactionSystemException("commit failed",
                new SQLException("could not serialize access", "40001")))).isFalse();
        assertThat(DatabaseFailures.unreachable(new IllegalStateException("bug"))).isFalse();
    }
}
