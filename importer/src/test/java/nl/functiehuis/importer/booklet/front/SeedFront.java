package nl.functiehuis.importer.booklet.front;

import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.blocks.SourceDocument;
import nl.functiehuis.importer.facts.SharedDocuments;
import nl.functiehuis.importer.format.DocumentRefused;
import nl.functiehuis.importer.format.Limits;
import nl.functiehuis.importer.format.TextFormat;

/**
 * The booklet seed read up to its first profile heading by the front-matter reader alone, for tests of the
 * front matter on its own; the whole booklet's facts are checked by {@code booklet.BookletFactsTest}.
 */
final class SeedFront {
    static final String SEED = "004_88b33e1c9ba14cea";

    final SourceDocument document;
    final int profilesStart;
    final ImportReport report = new ImportReport();
    final FrontMatter front;

    SeedFront() {
        byte[] bytes = SharedDocuments.seedBytes(SEED);
        try {
            document = new TextFormat().read(SEED + ".txt", bytes, Limits.DEFAULT);
        } catch (DocumentRefused e) {
            throw new IllegalStateException(e);
        }
        profilesStart = document.find(0, b -> !b.isRow() && b.text().startsWith("NAAM FUNCTIE")).orElseThrow();
        front = FrontMatterReader.read(document, profilesStart, report);
    }
}
