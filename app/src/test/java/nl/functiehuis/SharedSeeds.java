package nl.functiehuis;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reference documents, read from ../shared (system property {@code functiehuis.shared}, set by the
 * build). They are never copied into this repository; a missing folder fails the test, never skips it.
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
        String configured = System.getProperty("functiehuis.shared");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        if (!Files.isDirectory(root.resolve("seeds")) || !Files.isDirectory(root.resolve("expected"))) {
            fail("De referentiedocumenten staan niet in " + root.toAbsolutePath().normalize()
                    + ": zet de map shared/ (met seeds/ en expected/) naast deze clone, of geef"
                    + " -Dfunctiehuis.shared=PAD mee.");
        }
        return root;
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
        return read(seed(seed));
    }

    public static String text(String seed) {
        return new String(bytes(seed), java.nio.charset.StandardCharsets.UTF_8);
    }

    public static Path expected(String seed) {
        return root().resolve("expected").resolve(seed + ".json");
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
