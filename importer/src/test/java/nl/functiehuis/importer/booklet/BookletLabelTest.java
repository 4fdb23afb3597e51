package nl.functiehuis.importer.booklet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Heading lines of a profile text: the label they start with, what follows, and whether spelled exactly. */
class BookletLabelTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            NAAM FUNCTIE: MEDEWERKER HAVEN II              | NAME               | MEDEWERKER HAVEN II | true
            CODE: N12.03.04/VP II                          | CODE               | N12.03.04/VP II     | true
            Functiereeks Sport:                            | SERIES             | Sport               | true
            Funciereeks Sport:                             | SERIES             | Sport               | false
            Functiegoep Recreatie:                         | GROUP              | Recreatie           | false
            Overwegende functiekenmerken:                  | CHARACTERISTICS    | ''                  | true
            KRITISCHE WERKSITUATIES NORMFUNCTIE            | CRITICAL           | NORMFUNCTIE         | true
            COMPETENTIES NORMFUNCTIE                       | COMPETENCIES       | NORMFUNCTIE         | true
            VAKKENIS NORMFUNCTIE                           | VAKKENNIS          | NORMFUNCTIE         | false
            Kennis op het gebied van:                      | KNOWLEDGE          | ''                  | true
            Vaardigheden op het gebied van:                | SKILLS             | ''                  | true
            Rol en verantwoordelijkheden                   | ROLE               | ''                  | true
            Complexiteit beroepshandelingen                | COMPLEXITY         | ''                  | true
            Kerntaken en werkprocessen 4                   | CORE_TASK_BLOCK    | 4                   | true
            KERNTAKEN EN WERKPROCESSEN VAN VERWANTE MBO-KWALIFICATIES | CORE_TASKS_INTRO | VERWANTE MBO-KWALIFICATIES | true
            Kerntaak 2: Plant het onderhoud                | CORE_TASK          | 2: Plant het onderhoud | true
            Kwalificatie/opleiding Niveau                  | QUALIFICATIONS     | Niveau              | true
            """)
    void recognisesHeadingLines(String line, BookletLabel label, String rest, boolean exact) {
        var match = BookletLabel.match(line).orElseThrow();
        assertThat(match.label()).isEqualTo(label);
        assertThat(match.rest()).isEqualTo(rest);
        assertThat(match.exact()).isEqualTo(exact);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Integriteit", "Mondelinge communicatie", "Kerntaken", "Functiereeks Dienstverlening bestaat uit twee groepen en nog veel meer woorden",
            "Niveau B (inleven)", "1. Agressie: een voorbeeld", "Medewerker sociale zekerheid"})
    void leavesOtherLinesAlone(String line) {
        assertThat(BookletLabel.match(line)).isEmpty();
    }
}
