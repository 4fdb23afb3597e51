package nl.functiehuis.importer.levelled;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.functiehuis.importer.blocks.Location;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordVariantsTest {

    @ParameterizedTest(name = "{0} / {1} on the same line: {2}")
    @CsvSource({
            "client, cliënt, true",
            "een, één, false",
            "doorwezen, doorverwezen, true",
            "klantcontact, klantencontact, false",
            "onderdelen, onderhandelen, true",
            "gegevens, gegeven, false",
            "verwerkten, verwerken, false",
            "vakkenis, vakkennis, true"})
    void reportsOnlyDifferencesInsideAWordOnOneLine(String a, String b, boolean reported) {
        var passages = List.of(new Passage("eerst " + a + " en dan " + b + " nog", Location.line(4), "alinea"));
        assertThat(WordVariants.check(passages, Set.of())).hasSize(reported ? 1 : 0);
    }

    @ParameterizedTest(name = "{0} / {1} on different lines: {2}")
    @CsvSource({
            "vakkenis, vakkennis, true",
            "client, cliënt, true",
            "doorwezen, doorverwezen, false",
            "onderdelen, onderhandelen, false",
            "aanzien, aangezien, false"})
    void needsTheSameLineForMoreThanOneMissingLetter(String a, String b, boolean reported) {
        var passages = List.of(new Passage("eerst " + a, Location.line(4), "alinea"),
                new Passage("later " + b, Location.line(9), "alinea"));
        assertThat(WordVariants.check(passages, Set.of())).hasSize(reported ? 1 : 0);
    }

    @org.junit.jupiter.api.Test
    void quotesTheRarerFormFirstWithTheWordsAroundIt() {
        var passages = List.of(new Passage("de cliënt belt", Location.line(1), "alinea"),
                new Passage("bel de cliënt terug en help de client verder", Location.line(2), "alinea"));
        var found = WordVariants.check(passages, Set.of()).getFirst();
        assertThat(found.readings()).extracting(Inconsistency.Reading::text)
                .containsExactly("help de client verder", "bel de cliënt terug en");
        assertThat(found.readings()).extracting(r -> r.at().number()).containsExactly(2, 2);
    }
}
