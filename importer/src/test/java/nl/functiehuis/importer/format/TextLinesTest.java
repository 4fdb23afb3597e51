package nl.functiehuis.importer.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class TextLinesTest {
    private static final String ALPHABET = "ab\r\n ";

    @Test
    void splitsLinesLikeTheRegularExpression() {
        qt().forAll(strings().betweenCodePoints(0, ALPHABET.length() - 1).ofLengthBetween(0, 10))
                .checkAssert(indices -> {
                    StringBuilder t = new StringBuilder();
                    indices.codePoints().forEach(i -> t.append(ALPHABET.charAt(i)));
                    String text = t.toString();
                    assertThat(TextFormat.lines(text)).containsExactly(text.split("\r\n|\r|\n", -1));
                });
    }
}
