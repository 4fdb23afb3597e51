package nl.functiehuis.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompoundSplitterTest {
    WordParts parts;
    CompoundSplitter splitter;

    @BeforeEach
    void shippedPartsAndAFewHouseWords() {
        parts = WordParts.shipped();
        parts.addWordsOf(List.of("Klantcontact", "Medewerker Invorderen", "Kwijtschelding"));
        splitter = new CompoundSplitter(parts);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            beleidsmedewerker       | beleid medewerker
            beleidsmedewerkers      | beleid medewerker
            klantgerichtheid        | klant gerichtheid
            klantgericht            | klant gericht
            klantgerichte           | klant gericht
            klantadviseur           | klant adviseur
            klantcontactcentrum     | klantcontact centrum klant contact
            dienstverlening         | dienst verlening
            publieksdienstverlening | publiek dienst verlening
            overtuigingskracht      | overtuiging kracht
            oordeelsvorming         | oordeel vorming
            kwijtscheldingsverzoek  | kwijtschelding
            invorderingsmedewerker  | medewerker invordering
            """)
    void splitsCompoundIntoKnownParts(String word, String expected) {
        assertThat(splitter.split(word)).containsExactlyInAnyOrder(expected.split(" "));
    }

    @ParameterizedTest
    @CsvSource({"medewerker", "medewerkers", "samenwerking", "netwerk", "beleid", "integriteit", "organisatie", "leidster"})
    void leavesShippedAndUnknownWordsWhole(String word) {
        assertThat(splitter.split(word)).isEmpty();
    }

    @Test
    void splitsHouseWordsThemselves() {
        parts.addWordsOf(List.of("Beleidsmedewerker"));

        assertThat(splitter.split("beleidsmedewerker")).containsExactlyInAnyOrder("beleid", "medewerker");
    }

    @Test
    void learnsPartsFromTheHouse() {
        assertThat(splitter.split("schuldhulpmaatje")).doesNotContain("maatje");

        assertThat(parts.addWordsOf(List.of("Maatje"))).isTrue();

        assertThat(splitter.split("schuldhulpmaatje")).contains("maatje");
    }

    @Test
    void ignoresShortHouseWords() {
        assertThat(parts.addWordsOf(List.of("Ad hoc", "IV"))).isFalse();
    }
}
