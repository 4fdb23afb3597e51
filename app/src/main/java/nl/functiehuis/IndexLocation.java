package nl.functiehuis;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Where the search index lives: the configured directory ({@code functiehuis.index}; "memory" keeps it in
 * memory), else {@code index} beside the embedded database's files, in memory for an in-memory
 * database, and {@code ./data/index} for any other database.
 */
final class IndexLocation {
    static final String MEMORY = "memory";

    private IndexLocation() {}

    /** The index directory, or null for an index in memory. */
    static @Nullable Path of(@Nullable String configured, String datasourceUrl) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip().equals(MEMORY) ? null : Path.of(configured.strip());
        }
        if (datasourceUrl.startsWith("jdbc:h2:mem:")) {
            return null;
        }
        if (datasourceUrl.startsWith("jdbc:h2:")) {
            String file = datasourceUrl.substring("jdbc:h2:".length()).replaceFirst("^file:", "").replaceFirst(";.*$", "");
            if (file.startsWith("~")) {
                file = System.getProperty("user.home") + file.substring(1);
            }
            Path parent = Path.of(file).toAbsolutePath().normalize().getParent();
            return parent.resolve("index");
        }
        return Path.of("data", "index");
    }
}
