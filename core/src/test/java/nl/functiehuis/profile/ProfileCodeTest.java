package nl.functiehuis.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Locale;
import nl.functiehuis.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileCodeTest {

    @ParameterizedTest
    @CsvSource({"N06.01.02,N06.01.02", "N06.01.06/VP I,N06.01.06-VP-I", "n06.01.06/vp i,N06.01.06-VP-I", "1397,1397",
            "'  3006 ',3006"})
    void slugsCodesForAddresses(String code, String slug) {
        assertThat(ProfileCode.slugOf(code)).isEqualTo(slug);
    }

    @Test
    void keepsTheCodeAsWrittenButFoldsSpaces() {
        assertThat(new ProfileCode(" N06.01.06/VP   II ").value()).isEqualTo("N06.01.06/VP II");
    }

    @Test
    void rejectsBlankAndOddCodes() {
        assertThatThrownBy(() -> new ProfileCode(" ")).isInstanceOf(InvalidValue.class).hasMessageContaining("code");
        assertThatThrownBy(() -> new ProfileCode("<script>")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new ProfileCode("X".repeat(61))).isInstanceOf(InvalidValue.class);
    }

    @Test
    void slugIsStableAndAddressSafe() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(text -> {
            String slug = ProfileCode.slugOf(text);
            assertThat(ProfileCode.slugOf(slug)).isEqualTo(slug);
            assertThat(slug).doesNotContain("/", " ", "?", "#", "%");
        });
    }

    @Test
    void slugKeepsLettersNumbersAndDotsAndJoinsEveryOtherRunWithOneHyphen() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(text -> {
            String byPattern = text.strip().toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}.]+", "-")
                    .replaceAll("^-|-$", "");
            assertThat(ProfileCode.slugOf(text)).isEqualTo(byPattern);
        });
        assertThat(ProfileCode.slugOf(" -N06/01 ÷ Ⅻ²- ")).isEqualTo("N06-01-Ⅻ²");
    }
}
