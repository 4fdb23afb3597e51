package nl.functiehuis.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import nl.functiehuis.SharedSeeds;
import nl.functiehuis.comparison.ComparedLine;
import nl.functiehuis.comparison.ComparedSection;
import nl.functiehuis.comparison.ComparedValue;
import nl.functiehuis.comparison.CompetencyMatrix;
import nl.functiehuis.comparison.LineGroup;
import nl.functiehuis.comparison.ProfileComparison;
import nl.functiehuis.json.HouseJson;
import nl.functiehuis.sheets.MatrixCsv;
import nl.functiehuis.sheets.MatrixWorkbook;
import nl.functiehuis.sheets.Sheets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * ACCEPTANCE TEST OF ISSUE 4 (matrix and comparison) on the imported reference documents: the matrix CSV
 * of group Publiek and of group Educatie equals the §1.3 matrix as recorded in ../shared/expected, and
 * comparing Klantadviseur A/B/C shows scales 4/5/6 and which competencies each level asks per domain.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.datasource.url=jdbc:h2:mem:comparison-acceptance;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComparisonAcceptanceIT {
    static final List<String> SEEDS = List.of(SharedSeeds.UWV, SharedSeeds.LEVELLED, SharedSeeds.HIRING, SharedSeeds.BOOKLET);

    @Autowired
    ImportDocuments importer;

    @Autowired
    ShowMatrix matrices;

    @Autowired
    CompareProfiles compare;

    final ExpectedMatrix expected = ExpectedMatrix.booklet();

    @BeforeAll
    void importTheReferenceDocuments() {
        SEEDS.forEach(s -> importer.importDocument(SharedSeeds.fileName(s), SharedSeeds.bytes(s), "acceptatie", false));
    }

    private String csv(MatrixScope scope) {
        return MatrixCsv.write(matrices.matrix(scope).orElseThrow(() -> new AssertionError("geen matrix voor " + scope)));
    }

    @Test
    void writesTheMatrixOfGroupPubliekAsRecordedForParagraph13() {
        assertThat(csv(new MatrixScope.Group("Publiek"))).isEqualTo(expected.csv("PUBLIEK"));
    }

    @Test
    void writesTheMatrixOfGroupEducatieAsRecordedForParagraph13() {
        assertThat(csv(new MatrixScope.Group("Educatie"))).isEqualTo(expected.csv("EDUCATIE"));
    }

    @Test
    void writesTheSameCellsToExcelAsToCsv() throws IOException {
        CompetencyMatrix educatie = matrices.matrix(new MatrixScope.Group("Educatie")).orElseThrow();

        try (var workbook = Sheets.open(MatrixWorkbook.write(educatie))) {
            assertThat(Sheets.cells(workbook)).isEqualTo(Sheets.csv(expected.csv("EDUCATIE")));
        }
    }

    @Test
    void findsTheGroupByCodeAsByName() {
        assertThat(csv(new MatrixScope.Group("N06.01"))).isEqualTo(csv(new MatrixScope.Group("publiek")));
    }

    @Test
    void showsEveryHeaderColumnOfParagraph13AndLosesNoLetter() {
        expected.matrix().get("rows").forEach(r -> assertThat(r.get("levels").size()).as(r.get("function").asString())
                .isEqualTo(r.get("valuesInReadingOrder").size()));
        CompetencyMatrix series = matrices.matrix(new MatrixScope.Series("N06")).orElseThrow();
        assertThat(series.competencies()).hasSize(expected.matrix().get("columnCount").asInt())
                .containsExactlyElementsOf(expected.headerColumns().keySet());
        assertThat(series.competencies()).containsAll(expected.filled());
        assertThat(series.rows()).extracting(r -> r.band()).containsOnly("N06.01 Publiek", "N06.02 Educatie");
    }

    @Test
    void foldsEachEnrichedProfileIntoItsBaseRow() {
        CompetencyMatrix publiek = matrices.matrix(new MatrixScope.Group("Publiek")).orElseThrow();

        assertThat(publiek.rows().get(2).sharedBy()).extracting(Object::toString)
                .containsExactly("N06.01.06/VP I", "N06.01.06/VP II");
    }

    @Test
    void showsScalesFourFiveAndSixForKlantadviseurABC() {
        ProfileComparison c = compare.compare(List.of("3006", "3007", "3008"));

        assertThat(c.subjects()).extracting(s -> s.code().value()).containsExactly("3006", "3007", "3008");
        ComparedLine scale = line(c.section("algemeen").orElseThrow(), "Schaal");
        assertThat(scale.values()).extracting(ComparedValue::text).containsExactly("schaal 4", "schaal 5", "schaal 6");
        assertThat(scale.differs()).isTrue();
    }

    @Test
    void showsPerDomainWhichCompetenciesEachKlantadviseurLevelAsks() {
        ProfileComparison c = compare.compare(List.of("3006/3007/3008"));
        ComparedSection competencies = c.section("competenties").orElseThrow();
        JsonNode family = expected(SharedSeeds.LEVELLED);

        family.at("/kerncompetenties/items").forEach(k -> assertThat(valuesOf(competencies, k.get("domainNumber").asInt(),
                k.get("competentie").asString())).containsExactly("✓", "✓", "✓"));
        JsonNode perLevel = family.at("/functiespecifiekeCompetenties/perLevel");
        perLevel.properties().forEach(level -> level.getValue().forEach(asked -> {
            List<String> values = valuesOf(competencies, asked.get("domainNumber").asInt(), asked.get("competentie").asString());
            List<String> expectedValues = List.of("A", "B", "C").stream().map(l -> contains(perLevel.get(l),
                    asked.get("competentie").asString()) ? "✓" : "—").toList();
            assertThat(values).as(asked.get("competentie").asString()).isEqualTo(expectedValues);
        }));
        assertThat(line(competencies, "Netwerken").differs()).isTrue();
        assertThat(line(competencies, "Klantgerichtheid").differs()).isFalse();
    }

    private static List<String> valuesOf(ComparedSection section, int domain, String competency) {
        LineGroup group = section.groups().stream().filter(g -> g.label() != null && g.label().startsWith(domain + " "))
                .findFirst().orElseThrow(() -> new AssertionError("geen domein " + domain));
        return group.lines().stream().filter(l -> l.label().equals(competency)).findFirst()
                .orElseThrow(() -> new AssertionError(competency + " niet onder domein " + domain))
                .values().stream().map(ComparedValue::text).toList();
    }

    private static boolean contains(JsonNode asked, String competency) {
        for (JsonNode a : asked) {
            if (a.get("competentie").asString().equals(competency)) {
                return true;
            }
        }
        return false;
    }

    private static ComparedLine line(ComparedSection section, String label) {
        return section.lines().stream().filter(l -> l.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("geen regel " + label));
    }

    private static JsonNode expected(String seed) {
        try {
            return new HouseJson().mapper().readTree(Files.readString(SharedSeeds.expected(seed)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
