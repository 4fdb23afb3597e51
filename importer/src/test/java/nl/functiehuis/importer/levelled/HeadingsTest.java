package nl.functiehuis.importer.levelled;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadingsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Differentiërende Factoren²            | FACTORS",
            "Differentieerende factoren            | FACTORS",
            "2. Speelruimte                        | LATITUDE",
            "Speelruimtte                          | LATITUDE",
            "Kenis en vaardigheid                  | KNOWLEDGE_AND_SKILLS",
            "Kerncompetenties (Gemeente Voorbeeld) | CORE_COMPETENCIES",
            "Competenties (functie specifiek)⁴     | SPECIFIC_COMPETENCIES",
            "Functiespecifieke competenties        | SPECIFIC_COMPETENCIES"})
    void readsTableHeadingsTolerantly(String heading, TableKind kind) {
        assertThat(LevelledTableReader.announced(heading)).get().extracting(LevelledTableReader.Announced::kind)
                .isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource({"Resultaatgebieden", "Algemene informatie", "Gedragscompetenties per niveau", "Bijlage"})
    void announcesNoLevelTableForOtherHeadings(String heading) {
        assertThat(LevelledTableReader.announced(heading)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Functienaam                 | FUNCTION_NAME",
            "Doel van de functie         | PURPOSE",
            "Context / omgevingsdynamiek | CONTEXT",
            "Ingangsdatum                | DATE",
            "Functiecode                 | CODE",
            "Organisatorische positie    | POSITION",
            "Status                      | STATUS"})
    void readsGeneralInformationLabels(String label, InfoLabel expected) {
        assertThat(Headings.label(label)).get().extracting(Headings.Match::label).isEqualTo(expected);
    }
}
