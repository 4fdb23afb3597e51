package nl.functiehuis.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Location;
import org.junit.jupiter.api.Test;

class NameVariantsTest {

    @Test
    void findsANameWhoseWordVariesInForm() {
        var blocks = List.of(line(3, "Team Beheer Openbare Ruimte"),
                line(9, "Het team Beheren Openbare Ruimte werkt samen met Burgerzaken."));
        assertThat(NameVariants.wordVariants(blocks)).singleElement().satisfies(i -> {
            assertThat(i.readings()).extracting(Inconsistency.Reading::text)
                    .containsExactly("Beheer Openbare Ruimte", "Beheren Openbare Ruimte");
            assertThat(i.readings().get(1).at()).isEqualTo(Location.line(9));
        });
    }

    @Test
    void ignoresNamesThatDifferInAnotherWord() {
        var blocks = List.of(line(1, "Medewerker Publiek I"), line(2, "Medewerker Publiek II"),
                line(3, "Klantadviseur A en Klantadviseur B"));
        assertThat(NameVariants.wordVariants(blocks)).isEmpty();
    }

    @Test
    void findsTheSameNameInOtherCapitals() {
        var blocks = List.of(line(5, "Het werk ligt bij afdeling Sociale Zaken. De afdeling Sociale zaken groeit."));
        assertThat(NameVariants.caseVariants("afdeling", "Sociale Zaken", blocks)).hasValueSatisfying(i ->
                assertThat(i.readings()).extracting(Inconsistency.Reading::text)
                        .containsExactly("afdeling Sociale Zaken", "afdeling Sociale zaken"));
    }

    @Test
    void findsNothingWhenTheCapitalsAgree() {
        var blocks = List.of(line(5, "Afdeling Sociale Zaken en later weer afdeling Sociale Zaken."));
        assertThat(NameVariants.caseVariants("afdeling", "Sociale Zaken", blocks)).isEmpty();
    }

    private static Block line(int number, String text) {
        return Block.paragraph(Location.line(number), text, null);
    }
}
