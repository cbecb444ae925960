package fi.polku.database;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database that cannot be reached from every other failure. The engine wraps the driver's
 * exception in its own ({@code ProcessEngineException} → MyBatis → Hikari → PgJDBC), so the answer
 * lies somewhere in the cause chain, not in the exception's type.
 */
public final class DatabaseFailures {

    /** PostgreSQL's "operator intervention" states: the server is shutting down or restarting. */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private DatabaseFailures() {
    }

    public static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SocketException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException) {
                return true;
            }
            if (cause instanceof TransactionSystemException transaction && brokenConnection(transaction)) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SERVER_GOING_AWAY.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A rollback after the connection broke: the pool has already closed the connection ("Connection
     * is closed", no SQL state) and Spring reports the rollback's failure, keeping the original one
     * (e.g. the server terminating the connection) as the application exception.
     */
    private static boolean brokenConnection(TransactionSystemException transaction) {
        return transaction.getApplicationException() != null && unreachable(transaction.getApplicationException())
                || transaction.getCause() instanceof SQLException sql && sql.getSQLState() == null;
    }
}
