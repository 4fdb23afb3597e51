package nl.functiehuis.importer.booklet.front;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.functiehuis.importer.facts.FactCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The 1.3 matrix of the booklet: its tab columns do not line up with the header. The literal reading is
 * kept (and reported), but the letters are meant in reading order over each function's competencies.
 */
class BookletMatrixReadingTest {
    private static SeedFront seed;
    private static JsonNode expected;

    @BeforeAll
    static void readSeed() {
        seed = new SeedFront();
        expected = FactCheck.expected(SeedFront.SEED);
    }

    @Test
    void keepsTheLiteralTabColumnReadingOfEveryRow() {
        JsonNode literal = inconsistency("004-matrix-misaligned").get("literalTabColumnReading");
        Matrix matrix = seed.front.matrix();

        assertThat(matrix.rows()).hasSize(10);
        for (MatrixRow row : matrix.rows()) {
            assertThat(matrix.literalLevels(row)).as(row.function()).isEqualTo(strings(literal.get(row.function())));
        }
    }

    @Test
    void mapsRowLettersInReadingOrderOntoTheCompetenciesTheGroupTextNames() {
        Matrix matrix = seed.front.matrix();
        JsonNode rows = expected.get("competencyMatrix").get("rows");

        for (int i = 0; i < rows.size(); i++) {
            MatrixRow row = matrix.rows().get(i);
            GroupText group = seed.front.groupOf(row).orElseThrow();
            List<String> competencies = group.competenciesOf(Texts.trailingRoman(row.function()));

            Map<String, String> intended = matrix.intendedLevels(row, competencies);

            assertThat(intended).as(row.function()).isEqualTo(strings(rows.get(i).get("levels")));
            assertThat(intended).as(row.function()).isNotEqualTo(matrix.literalLevels(row));
        }
    }

    @Test
    void refusesAnIntendedReadingWhenTheCompetencyCountDiffersFromTheLetters() {
        Matrix matrix = seed.front.matrix();

        assertThat(matrix.intendedLevels(matrix.rows().getFirst(), List.of("Integriteit", "Nauwkeurigheid")))
                .isEmpty();
    }

    @Test
    void derivesDimensionsFromTheAlphabeticalRunsOfTheHeader() {
        Matrix matrix = seed.front.matrix();

        assertThat(matrix.dimensionLabels()).containsExactly("Persoonlijk", "Conceptueel", "Relationeel", "Operationeel");
        assertThat(matrix.dimensionLabels().stream().map(l -> matrix.columnsOf(l).size()))
                .containsExactly(7, 4, 14, 5);
        assertThat(matrix.column("Klantgerichtheid").orElseThrow().dimension()).isEqualTo("Relationeel");
        assertThat(matrix.column("Conflicthantering").orElseThrow().name()).isEqualTo("Conflictantering");
    }

    @Test
    void reportsTheMisalignedMatrixWithItsPlace() {
        assertThat(seed.front.inconsistencies()).filteredOn(i -> i.kind() == Inconsistency.Kind.LAYOUT)
                .extracting(Inconsistency::place).containsExactly("regel 203", "regels 204, 205, 206, 207, 208, 209, "
                        + "210, 211, 212, 213");
        assertThat(seed.report.entries()).extracting(e -> e.severity().name()).containsOnly("WARNING");
    }

    private static JsonNode inconsistency(String id) {
        for (JsonNode entry : expected.get("documentInconsistencies")) {
            if (entry.get("id").asString().equals(id)) {
                return entry;
            }
        }
        throw new AssertionError("no inconsistency " + id);
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> out = new LinkedHashMap<>();
        object.properties().forEach(e -> out.put(e.getKey(), e.getValue().asString()));
        return out;
    }
}
