package fi.polku.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the database is. With {@code url} blank Polku starts its own embedded PostgreSQL, so a
 * local run needs nothing installed and still speaks the SQL of production.
 *
 * @param url           JDBC URL of an external PostgreSQL ({@code POLKU_DB_URL}); blank = embedded
 * @param user          user for the external database ({@code POLKU_DB_USER})
 * @param password      password for the external database ({@code POLKU_DB_PASSWORD})
 * @param maxPoolSize   connections in the pool
 * @param connectionTimeout how long a request waits for a connection before it is refused with 503;
 *                      short, so that a database outage answers quickly instead of piling up requests
 * @param embedded      settings of the embedded server
 */
@ConfigurationProperties("polku.db")
record DatabaseProperties(String url, String user, String password, int maxPoolSize,
                                 java.time.Duration connectionTimeout, Embedded embedded) {

    /**
     * @param dataDirectory folder of the embedded server's data; kept between runs unless {@code clean}
     * @param clean         wipe the data directory on start and stop (tests)
     * @param port          port on loopback; 0 picks a free one
     * @param settings      PostgreSQL settings the server starts with ({@code -c name=value}), after the
     *                      embedded library's own (which turn {@code fsync} and {@code synchronous_commit}
     *                      off; {@code application.yaml} turns them on again)
     */
    public record Embedded(String dataDirectory, boolean clean, int port, java.util.Map<String, String> settings) {
    }

    public boolean external() {
        return url != null && !url.isBlank();
    }
}
