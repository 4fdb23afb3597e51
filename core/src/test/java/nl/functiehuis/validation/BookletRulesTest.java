package nl.functiehuis.validation;

import static nl.functiehuis.competency.LevelLetter.B;
import static nl.functiehuis.competency.LevelLetter.C;
import static nl.functiehuis.validation.ValidationFixtures.house;
import static nl.functiehuis.validation.ValidationFixtures.norm;
import static nl.functiehuis.validation.ValidationFixtures.usual;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.ProfileCode;
import nl.functiehuis.validation.BookletStatement.Origin;
import org.junit.jupiter.api.Test;

/** BOEKJE-MATRIX and BOEKJE-TEKST: what a booklet states about a function holds for its profile now. */
class BookletRulesTest {
    private final NormFunction n = norm("N1", usual());

    private static BookletStatement says(Origin origin, String competency, LevelLetter level) {
        return new BookletStatement("Testboekje", origin, origin.label() + ", regel 7", ProfileCode.of("n1"),
                "Medewerker I", competency, level);
    }

    @Test
    void textFiresWhenTheStatedLevelDiffersFromTheProfile() {
        var house = house(List.of(says(Origin.TEXT, "Klantgerichtheid", B)), n);

        assertThat(ProfileRules.BOOKLET_TEXT.violations(n, house)).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WAARSCHUWING);
            assertThat(v.field()).isEqualTo("content.competencies[1].level");
            assertThat(v.message()).contains("'Testboekje' (tekst, regel 7)", "Klantgerichtheid niveau B",
                    "vraagt niveau C");
        });
        assertThat(ProfileRules.BOOKLET_MATRIX.violations(n, house)).isEmpty();
    }

    @Test
    void matrixFiresWhenTheProfileDoesNotAskTheCompetency() {
        var house = house(List.of(says(Origin.MATRIX, "Analyseren", C)), n);

        assertThat(ProfileRules.BOOKLET_MATRIX.violations(n, house)).singleElement()
                .extracting(Violation::message).asString().contains("vraagt Analyseren niet");
    }

    @Test
    void bothAcceptStatementsTheProfileAgreesWith() {
        var house = house(List.of(says(Origin.MATRIX, "klantgerichtheid", C), says(Origin.TEXT, "Integriteit", C)), n);

        assertThat(ProfileRules.BOOKLET_MATRIX.violations(n, house)).isEmpty();
        assertThat(ProfileRules.BOOKLET_TEXT.violations(n, house)).isEmpty();
    }
}
