package nl.functiehuis.importer.booklet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.functiehuis.competency.Competency;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.importer.DocumentKind;
import nl.functiehuis.importer.ParseResult;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.ProfileDocumentParser;
import nl.functiehuis.importer.facts.FactCheck;
import nl.functiehuis.importer.facts.SharedDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The whole booklet seed through {@link ProfileDocumentParser}: every fact of its expected JSON is
 * recovered. Only commentary of the facts' authors is pruned ({@link #PRUNED}, each with its reason).
 */
public class BookletFactsTest {
    static final String SEED = "004_88b33e1c9ba14cea";
    private static final String MISALIGNED = "004-matrix-misaligned";

    /** Keys of the expected JSON that are not facts of the document, and why. */
    static final Map<String, String> PRUNED = pruned();

    private static ParsedDocument parsed;
    private static JsonNode expected;

    @BeforeAll
    static void parseSeed() {
        ParseResult result = new ProfileDocumentParser().parse(SEED + ".txt", SharedDocuments.seedBytes(SEED));
        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        parsed = ((ParseResult.Parsed) result).document();
        expected = FactCheck.expected(SEED);
    }

    private static Map<String, String> pruned() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("documentKind", "the facts' authors' label for the genre, not a value the document states;"
                + " the kind is DocumentKind.COMPETENCY_BOOKLET (asserted below)");
        out.put("competencyDictionary.note", "English note on how the dictionary was compiled");
        out.put("competencyMatrix.dimensionDerivation", "English note on how the dimensions were derived");
        out.put("competencyMatrix.valueMappingMethod", "English note on how row letters map onto competencies");
        out.put("competencyMatrix.checkAgainstProfiles.comparedWith", "English note naming what was compared;"
                + " mismatchCount and mismatches stay facts");
        out.put("documentInconsistencies[" + MISALIGNED + "].literalTabColumnReading", "the reading an importer must NOT"
                + " produce; asserted as such by doesNotReadTheMatrixByItsTabColumns");
        return out;
    }

    @Test
    void recoversEveryFactOfTheBooklet() {
        String seedText = new String(SharedDocuments.seedBytes(SEED), StandardCharsets.UTF_8);

        FactCheck check = FactCheck.compare(withoutCommentary(expected), BookletProjection.project(parsed), seedText);

        System.out.println(check.summary("CompetentieBOX (" + SEED + "), zonder " + PRUNED.keySet()));
        assertThat(check.missing()).isEmpty();
        assertThat(check.total()).isGreaterThan(1800);
    }

    @Test
    void readsTheDocumentAsABookletTitledByItsCover() {
        assertThat(parsed.kind()).isEqualTo(DocumentKind.COMPETENCY_BOOKLET);
        assertThat(parsed.title()).isEqualTo("CompetentieBOX Gemeenten – Dienstverlening");
    }

    @Test
    void doesNotReadTheMatrixByItsTabColumns() {
        JsonNode literal = inconsistency(MISALIGNED).get("literalTabColumnReading");
        List<MatrixReading> rows = ((BookletFacts) parsed.facts()).links().matrixRows();

        assertThat(rows).hasSize(literal.size()).allSatisfy(row -> {
            Map<String, String> tabColumns = new LinkedHashMap<>();
            literal.get(row.function()).properties().forEach(e -> tabColumns.put(e.getKey(), e.getValue().asString()));
            assertThat(row.levels()).as(row.function()).isNotEmpty().isNotEqualTo(tabColumns);
        });
    }

    @Test
    void holdsEveryMatrixHeaderCompetencyAndWorksOutOnlyTheDefinedOnes() {
        JsonNode matrix = expected.get("competencyMatrix");
        List<String> header = new ArrayList<>();
        List<String> headerDimensions = new ArrayList<>();
        matrix.get("columns").forEach(c -> {
            JsonNode alias = matrix.get("competencyNameAliases").get(c.get("name").asString());
            header.add(alias == null ? c.get("name").asString() : alias.asString());
            headerDimensions.add(c.get("dimension").asString());
        });
        Set<String> defined = new HashSet<>();
        expected.at("/competencyDictionary/items").forEach(i -> defined.add(i.get("name").asString()));
        CompetencyDictionary dictionary = parsed.draft().dictionaries().get(0);

        assertThat(dictionary.competencies()).extracting(Competency::name).containsExactlyElementsOf(header);
        assertThat(dictionary.competencies()).extracting(c -> dictionary.dimension(c.dimension()).orElseThrow().name())
                .containsExactlyElementsOf(headerDimensions);
        assertThat(dictionary.competencies()).filteredOn(Competency::described).extracting(Competency::name)
                .containsExactlyInAnyOrderElementsOf(defined);
        assertThat(dictionary.competencies()).filteredOn(c -> !c.described())
                .hasSize(header.size() - defined.size()).allSatisfy(c -> assertThat(c.levels()).isEmpty());
    }

    public static JsonNode withoutCommentary(JsonNode full) {
        ObjectNode out = ((ObjectNode) full).deepCopy();
        out.remove("documentKind");
        ((ObjectNode) out.get("competencyDictionary")).remove("note");
        ObjectNode matrix = (ObjectNode) out.get("competencyMatrix");
        matrix.remove(List.of("dimensionDerivation", "valueMappingMethod"));
        ((ObjectNode) matrix.get("checkAgainstProfiles")).remove("comparedWith");
        out.get("documentInconsistencies").forEach(i -> ((ObjectNode) i).remove("literalTabColumnReading"));
        return out;
    }

    private static JsonNode inconsistency(String id) {
        for (JsonNode entry : expected.get("documentInconsistencies")) {
            if (entry.get("id").asString().equals(id)) {
                return entry;
            }
        }
        throw new AssertionError("no inconsistency " + id);
    }
}
