package nl.functiehuis.importer.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

/** The fast paths give exactly what the regular expressions they replace give, on any mix of spaces and marks. */
class WhitespaceTest {
    private static final String ALPHABET = "a .:;,\t\n\r\u000B\f\u0085\u2028\u00a0";

    @Test
    void collapseAgreesWithReplaceAll() {
        qt().forAll(strings().betweenCodePoints(0, ALPHABET.length() - 1).ofLengthBetween(0, 10).map(WhitespaceTest::text))
                .checkAssert(t -> assertThat(Whitespace.collapse(t)).isEqualTo(t.replaceAll("\\s+", " ")));
    }

    @Test
    void wordsAgreeWithSplit() {
        qt().forAll(strings().betweenCodePoints(0, ALPHABET.length() - 1).ofLengthBetween(0, 10).map(WhitespaceTest::text))
                .checkAssert(t -> assertThat(Whitespace.words(t)).containsExactly(t.split("\\s+")));
    }

    @Test
    void endsWithOneOfAgreesWithMatches() {
        qt().forAll(strings().betweenCodePoints(0, ALPHABET.length() - 1).ofLengthBetween(0, 6).map(WhitespaceTest::text))
                .checkAssert(t -> assertThat(Whitespace.endsWithOneOf(t, ".;,:")).isEqualTo(t.matches(".*[.;,:]$")));
    }

    @Test
    void collapseReturnsTheSameTextWhenNothingChanges() {
        String text = "Medewerker Publiek I";
        assertThat(Whitespace.collapse(text)).isSameAs(text);
        assertThat(Whitespace.collapse("twee  spaties")).isEqualTo("twee spaties");
    }

    /** Each generated code point picks one character of the alphabet, so the edge cases come up often. */
    private static String text(String indices) {
        StringBuilder out = new StringBuilder();
        indices.codePoints().forEach(i -> out.append(ALPHABET.charAt(i)));
        return out.toString();
    }
}
