package nl.functiehuis.importer.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class SpellingBoundTest {

    @Test
    void boundedDistanceAgreesWithTheFullDistance() {
        qt().forAll(strings().betweenCodePoints('a', 'e').ofLengthBetween(0, 12),
                strings().betweenCodePoints('a', 'e').ofLengthBetween(0, 12), integers().between(0, 4))
                .checkAssert((a, b, max) -> assertThat(Spelling.within(a, b, max))
                        .isEqualTo(Math.min(Spelling.distance(a, b), max + 1)));
    }

    @Test
    void foldsAsciiAndAccentedTextAlike() {
        assertThat(Spelling.fold("Cliënt-gericht!")).isEqualTo(Spelling.fold("client gericht"));
        assertThat(Spelling.fold("VAKKENNIS NORMFUNCTIE")).isEqualTo("vakkennisnormfunctie");
    }
}
