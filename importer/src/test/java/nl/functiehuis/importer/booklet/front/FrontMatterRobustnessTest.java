package nl.functiehuis.importer.booklet.front;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.blocks.SourceDocument;
import nl.functiehuis.importer.facts.SharedDocuments;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Documents of other kinds have no booklet front matter: the reader finds little and does not fail. */
class FrontMatterRobustnessTest {

    @ParameterizedTest
    @ValueSource(strings = {"000_63ca9b401df744e4", "002_a5768d5073a23071", "003_7ceb7edc73668c4f"})
    void findsNoBookletStructureInOtherKindsOfDocument(String seed) {
        SourceDocument document = TextDocuments.of(new String(SharedDocuments.seedBytes(seed), StandardCharsets.UTF_8));

        FrontMatter front = FrontMatterReader.read(document, document.size(), new ImportReport());

        assertThat(front.matrix().rows()).isEmpty();
        assertThat(front.series().groups()).isEmpty();
        assertThat(front.nlqf().rows()).isEmpty();
    }
}
