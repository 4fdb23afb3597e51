package nl.functiehuis.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Fresh, empty databases for storage tests: H2 in memory, and real PostgreSQL — the server named by
 * FUNCTIEHUIS_TEST_PG_URL (`./functiehuis test` starts Debian's PostgreSQL and sets it), or else an
 * embedded PostgreSQL started once per test run.
 */
public final class TestDatabases {
    private static EmbeddedPostgres embedded;

    private TestDatabases() {}

    public static String h2Url() {
        return "jdbc:h2:mem:fh" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
    }

    public static DataSource h2() {
        return new DriverManagerDataSource(h2Url(), "sa", "");
    }

    /** The JDBC URL of a new, empty PostgreSQL database. */
    public static synchronized String postgresUrl() {
        String server = System.getenv("FUNCTIEHUIS_TEST_PG_URL");
        String admin = server != null && !server.isBlank() ? server : embeddedUrl();
        String name = "fh_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(admin)) {
            c.createStatement().execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Kan geen testdatabase maken op " + admin + ": " + e.getMessage(), e);
        }
        return admin.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    public static DataSource postgres() {
        return new DriverManagerDataSource(postgresUrl());
    }

    private static String embeddedUrl() {
        try {
            if (embedded == null) {
                embedded = EmbeddedPostgres.builder().start();
            }
            return embedded.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Ingebouwde PostgreSQL start niet", e);
        }
    }
}
