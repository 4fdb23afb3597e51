package nl.functiehuis.importer.levelled;

import static org.assertj.core.api.Assertions.assertThat;

import nl.functiehuis.importer.facts.SharedDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LevelledFitTest {
    private final LevelledProfileGenre genre = new LevelledProfileGenre();

    @Test
    void fitsTheLevelledSeedHigh() {
        assertThat(fitOfSeed("002_a5768d5073a23071")).isGreaterThan(0.9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_63ca9b401df744e4", "003_7ceb7edc73668c4f", "004_88b33e1c9ba14cea"})
    void fitsTheOtherSeedsBelowTheClaimThreshold(String seed) {
        assertThat(fitOfSeed(seed)).isLessThan(0.35);
    }

    @ParameterizedTest
    @ValueSource(strings = {"levelled-archive-two-levels.txt", "levelled-enforcement-four-levels.txt"})
    void fitsOurOwnLevelledDocumentsHigh(String name) {
        assertThat(genre.fit(OwnDocuments.blocks(name, OwnDocuments.bytes(name)))).isGreaterThan(0.8);
    }

    private double fitOfSeed(String seed) {
        return genre.fit(OwnDocuments.blocks(seed + ".txt", SharedDocuments.seedBytes(seed)));
    }
}
