package nl.functiehuis.importer.booklet.front;

import java.nio.charset.StandardCharsets;
import nl.functiehuis.importer.blocks.SourceDocument;
import nl.functiehuis.importer.format.DocumentRefused;
import nl.functiehuis.importer.format.Limits;
import nl.functiehuis.importer.format.TextFormat;

/** Small documents written inline in a test, read as the text format reads them. */
final class TextDocuments {
    private TextDocuments() {}

    static SourceDocument of(String text) {
        try {
            return new TextFormat().read("test.txt", text.getBytes(StandardCharsets.UTF_8), Limits.DEFAULT);
        } catch (DocumentRefused e) {
            throw new IllegalStateException(e);
        }
    }
}
