package nl.functiehuis.importer.booklet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import nl.functiehuis.importer.ParseResult;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.ProfileDocumentParser;

/** Our own small booklet (series N09 Veiligheid, test resource), written to try the reader on another text. */
final class OwnBooklet {
    static final String NAME = "booklet-veiligheid.txt";

    private OwnBooklet() {}

    static byte[] bytes() {
        try (InputStream in = OwnBooklet.class.getResourceAsStream("/profiles/" + NAME)) {
            assertThat(in).as("test resource " + NAME).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedDocument parse() {
        return parse(bytes());
    }

    static ParsedDocument parse(byte[] content) {
        ParseResult result = new ProfileDocumentParser().parse(NAME, content);
        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) result).document();
    }

    static BookletFacts facts(ParsedDocument parsed) {
        assertThat(parsed.facts()).isInstanceOf(BookletFacts.class);
        return (BookletFacts) parsed.facts();
    }
}
