package nl.functiehuis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.functiehuis.demo.DemoHouse;
import nl.functiehuis.house.ProfileVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileTextTest {

    private static ProfileVersion demo(String code) {
        return DemoHouse.snapshot(Instant.parse("2026-01-01T09:00:00Z")).profiles().stream()
                .filter(v -> v.code().value().equals(code)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            VS01.01.02    | Normfunctie                | Overwegende functiekenmerken | Kritische werksituaties | Minimale opleiding
            VS01.01.04/VP | Verrijkt profiel           | Verrijking van: VS01.01.04   | Competenties            | Kwalificaties
            VS-2040       | Functieprofiel             | Resultaatgebieden            | Kaders                  | Gedragscompetenties
            VS-3100       | Functiefamilie met niveaus | Functieniveaus               | Speelruimte             | Competenties per domein
            """)
    void writesTheSectionsOfEachKind(String code, String kind, String first, String second, String third) {
        String text = ProfileText.of(demo(code));

        assertThat(text).startsWith(code + "  ").contains("Soort: " + kind, "Opgeslagen: 2026-01-01 09:00 UTC door",
                first, second, third);
    }

    @ParameterizedTest
    @CsvSource({"VS01.01.02", "VS-2040", "VS-3100"})
    void wrapsLinesAtOneHundredCharacters(String code) {
        assertThat(ProfileText.of(demo(code)).lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    }
}
