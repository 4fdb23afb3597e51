package nl.functiehuis.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Where the house is stored: an embedded database in a data directory, or a JDBC URL. */
final class DataOptions {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Map van de ingebouwde database (standaard: $FUNCTIEHUIS_DATA of ./data).")
    @Nullable Path data;

    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = "Database-URL, bijv. jdbc:postgresql://localhost:5432/functiehuis (standaard: $FUNCTIEHUIS_DB).")
    @Nullable String db;

    @Option(names = "--db-user", paramLabel = "NAAM", description = "Databasegebruiker (standaard: $FUNCTIEHUIS_DB_USER).")
    @Nullable String user;

    @Option(names = "--db-password", paramLabel = "WACHTWOORD",
            description = "Databasewachtwoord (standaard: $FUNCTIEHUIS_DB_PASSWORD).")
    @Nullable String password;

    /** Spring properties for the chosen database. */
    Map<String, Object> properties() {
        Map<String, Object> p = new LinkedHashMap<>();
        String url = db != null ? db : System.getenv("FUNCTIEHUIS_DB");
        if (url == null || url.isBlank()) {
            Path dir = data != null ? data : Path.of(env("FUNCTIEHUIS_DATA", "data"));
            url = "jdbc:h2:file:" + dir.toAbsolutePath().normalize().resolve("functiehuis") + ";AUTO_SERVER=TRUE";
            p.put("spring.datasource.username", "sa");
            p.put("spring.datasource.password", "");
        } else {
            put(p, "spring.datasource.username", user, "FUNCTIEHUIS_DB_USER");
            put(p, "spring.datasource.password", password, "FUNCTIEHUIS_DB_PASSWORD");
        }
        p.put("spring.datasource.url", url);
        return p;
    }

    private static void put(Map<String, Object> p, String key, @Nullable String value, String env) {
        String v = value != null ? value : System.getenv(env);
        if (v != null) {
            p.put(key, v);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
