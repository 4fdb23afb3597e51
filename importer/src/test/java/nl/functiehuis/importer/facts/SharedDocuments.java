package nl.functiehuis.importer.facts;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reference documents and their expected facts, read from ../shared (system property
 * {@code functiehuis.shared}). They are never copied into this repository; a missing folder fails the test.
 */
public final class SharedDocuments {
    private SharedDocuments() {}

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

    public static Path seed(String name) {
        return root().resolve("seeds").resolve(name + ".txt");
    }

    public static byte[] seedBytes(String name) {
        return read(seed(name));
    }

    public static Path expected(String name) {
        return root().resolve("expected").resolve(name + ".json");
    }

    public static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
