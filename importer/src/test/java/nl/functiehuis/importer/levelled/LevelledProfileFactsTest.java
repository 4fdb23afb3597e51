package nl.functiehuis.importer.levelled;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import nl.functiehuis.importer.DocumentKind;
import nl.functiehuis.importer.ParseResult;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.ProfileDocumentParser;
import nl.functiehuis.importer.facts.FactCheck;
import nl.functiehuis.importer.facts.SharedDocuments;
import org.junit.jupiter.api.Test;

class LevelledProfileFactsTest {
    private static final String SEED = "002_a5768d5073a23071";

    @Test
    void recoversEveryExpectedFactOfTheLevelledSeed() {
        byte[] bytes = SharedDocuments.seedBytes(SEED);
        ParseResult result = new ProfileDocumentParser().parse(SEED + ".txt", bytes);
        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        ParsedDocument document = ((ParseResult.Parsed) result).document();
        assertThat(document.kind()).isEqualTo(DocumentKind.LEVELLED_PROFILE);

        var check = FactCheck.compare(FactCheck.expected(SEED), LevelledProjection.of(document),
                new String(bytes, StandardCharsets.UTF_8));

        System.out.println(check.summary(SEED));
        assertThat(check.missing()).isEmpty();
    }
}
