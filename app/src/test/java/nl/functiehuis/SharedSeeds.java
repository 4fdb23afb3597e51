package nl.functiehuis;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.functiehuis.importer.facts.SharedDocuments;

/**
 * The reference documents by name, for app tests. Finding ../shared (system property {@code
 * functiehuis.shared}) and failing loudly when it is missing is {@link SharedDocuments}' job.
 */
public final class SharedSeeds {
    /** UWV organisation profile 1397 Medewerker Invorderen. */
    public static final String UWV = "000_63ca9b401df744e4";
    /** UWV levelled family Klantadviseur A/B/C. */
    public static final String LEVELLED = "002_a5768d5073a23071";
    /** Rotterdam hiring request. */
    public static final String HIRING = "003_7ceb7edc73668c4f";
    /** A+O fonds CompetentieBOX booklet Dienstverlening. */
    public static final String BOOKLET = "004_88b33e1c9ba14cea";

    private SharedSeeds() {}

    public static Path root() {
        return SharedDocuments.root();
    }

    public static String fileName(String seed) {
        return seed + ".txt";
    }

    public static Path seed(String seed) {
        Path path = root().resolve("seeds").resolve(fileName(seed));
        if (!Files.isRegularFile(path)) {
            fail("Referentiedocument ontbreekt: " + path.toAbsolutePath().normalize());
        }
        return path;
    }

    public static byte[] bytes(String seed) {
        return SharedDocuments.read(seed(seed));
    }

    public static String text(String seed) {
        return new String(bytes(seed), java.nio.charset.StandardCharsets.UTF_8);
    }

    public static Path expected(String seed) {
        return SharedDocuments.expected(seed);
    }
}
