package nl.functiehuis.importer.booklet;

import static org.assertj.core.api.Assertions.assertThat;

import nl.functiehuis.importer.blocks.SourceDocument;
import nl.functiehuis.importer.facts.SharedDocuments;
import nl.functiehuis.importer.format.Formats;
import nl.functiehuis.importer.format.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The booklet genre claims booklets, its seed and ours, and no other kind of document. */
class BookletFitTest {
    private final BookletGenre genre = new BookletGenre();

    @Test
    void fitsTheBookletSeedHigh() {
        assertThat(genre.fit(seed(BookletFactsTest.SEED))).isGreaterThan(0.9);
    }

    @Test
    void fitsOurOwnBooklet() {
        assertThat(genre.fit(read(OwnBooklet.NAME, OwnBooklet.bytes()))).isGreaterThan(0.6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_63ca9b401df744e4", "002_a5768d5073a23071", "003_7ceb7edc73668c4f"})
    void fitsOtherSeedsLow(String name) {
        assertThat(genre.fit(seed(name))).isLessThan(0.35);
    }

    private static SourceDocument seed(String name) {
        return read(name + ".txt", SharedDocuments.seedBytes(name));
    }

    private static SourceDocument read(String name, byte[] bytes) {
        try {
            return Formats.detect(name, bytes).read(name, bytes, Limits.DEFAULT);
        } catch (Exception e) {
            throw new AssertionError(name + " kon niet worden gelezen", e);
        }
    }
}
