package nl.functiehuis.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The reference documents, read from ../shared (or -Dfunctiehuis.shared=DIR); never copied here. */
final class Seeds {
    static final String BOOKLET = "004_88b33e1c9ba14cea";

    private Seeds() {}

    static byte[] text(String name) {
        Path root = Path.of(System.getProperty("functiehuis.shared", "../shared"));
        Path seed = root.resolve("seeds").resolve(name + ".txt");
        try {
            return Files.readAllBytes(seed);
        } catch (IOException e) {
            throw new UncheckedIOException("Referentiedocument niet gevonden: " + seed.toAbsolutePath()
                    + " (zet shared/ naast de clone of geef -Dfunctiehuis.shared=PAD mee)", e);
        }
    }
}
