package nl.functiehuis.importer.booklet.front;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.blocks.SourceDocument;
import nl.functiehuis.importer.format.DocumentRefused;
import nl.functiehuis.importer.format.Limits;
import nl.functiehuis.importer.format.TextFormat;

/** Our own small booklet (src/test/resources/profiles/booklet-front-small.txt): another series, three groups. */
final class SmallBooklet {
    static final String NAME = "booklet-front-small.txt";

    final SourceDocument document;
    final ImportReport report = new ImportReport();
    final FrontMatter front;

    SmallBooklet() {
        document = read(NAME);
        int profiles = document.find(0, b -> b.text().startsWith("NAAM FUNCTIE")).orElseThrow();
        front = FrontMatterReader.read(document, profiles, report);
    }

    static SourceDocument read(String name) {
        try (InputStream in = SmallBooklet.class.getResourceAsStream("/profiles/" + name)) {
            return new TextFormat().read(name, in.readAllBytes(), Limits.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentRefused e) {
            throw new IllegalStateException(e);
        }
    }
}
