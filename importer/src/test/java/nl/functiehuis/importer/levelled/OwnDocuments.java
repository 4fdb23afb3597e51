package nl.functiehuis.importer.levelled;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import nl.functiehuis.importer.ParseResult;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.ProfileDocumentParser;
import nl.functiehuis.importer.ReportEntry;
import nl.functiehuis.importer.blocks.SourceDocument;
import nl.functiehuis.importer.format.Limits;
import nl.functiehuis.importer.format.TextFormat;

/** Levelled documents we wrote ourselves, in src/test/resources/profiles. */
final class OwnDocuments {
    private OwnDocuments() {}

    static byte[] bytes(String name) {
        try (InputStream in = OwnDocuments.class.getResourceAsStream("/profiles/" + name)) {
            assertThat(in).as("test document %s", name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedDocument parse(String name) {
        ParseResult result = new ProfileDocumentParser().parse(name, bytes(name));
        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) result).document();
    }

    static SourceDocument blocks(String name, byte[] bytes) {
        try {
            return new TextFormat().read(name, bytes, Limits.DEFAULT);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> messages(ParsedDocument document, ReportEntry.Severity severity) {
        return document.report().stream().filter(e -> e.severity() == severity).map(e -> e.place() + ": " + e.message())
                .toList();
    }
}
