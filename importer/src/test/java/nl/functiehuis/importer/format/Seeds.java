package nl.functiehuis.importer.format;

import java.util.List;
import nl.functiehuis.importer.blocks.SourceDocument;
import nl.functiehuis.importer.facts.SharedDocuments;

/** The four reference documents by name, and their text read into blocks. */
final class Seeds {
    static final List<String> NAMES = List.of(
            "000_63ca9b401df744e4", "002_a5768d5073a23071", "003_7ceb7edc73668c4f", "004_88b33e1c9ba14cea");

    private Seeds() {}

    static SourceDocument text(String name) throws DocumentRefused {
        return new TextFormat().read(name + ".txt", SharedDocuments.seedBytes(name), Limits.DEFAULT);
    }

    /** Reads converted bytes the way the parser does: format detected from the bytes and the name. */
    static SourceDocument read(String source, byte[] content) throws DocumentRefused {
        return Formats.detect(source, content).read(source, content, Limits.DEFAULT);
    }
}
