package nl.functiehuis.importer.booklet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.functiehuis.competency.Competency;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.competency.Dimension;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.ReportEntry;
import nl.functiehuis.importer.booklet.Inconsistency.Reading;
import nl.functiehuis.importer.booklet.front.Matrix;
import nl.functiehuis.profile.NormFunction;
import org.junit.jupiter.api.Test;

/**
 * How the front matter of our own booklet (another series, a matrix whose tab columns do not line up, a
 * typo in an NLQF title) is tied to its profile texts, and what happens without front matter.
 */
class BookletWiringTest {
    private final ParsedDocument parsed = OwnBooklet.parse();
    private final BookletFacts facts = OwnBooklet.facts(parsed);

    @Test
    void takesDimensionsAndOrderFromTheMatrixAndTheirAspectsFromTheMethodology() {
        assertThat(dictionary(parsed).dimensions()).extracting(Dimension::code, Dimension::name, Dimension::description)
                .containsExactly(tuple("persoonlijk", "Persoonlijk", "wie je bent"),
                        tuple("relationeel", "Relationeel", "hoe je met anderen omgaat"));
        assertThat(dictionary(parsed).competencies()).extracting(Competency::name, Competency::dimension)
                .containsExactly(tuple("Integriteit", "persoonlijk"), tuple("Zelfstandigheid", "persoonlijk"),
                        tuple("Overtuigingskracht", "relationeel"), tuple("Samenwerken", "relationeel"));
    }

    @Test
    void namesTheHeaderColumnsNoProfileWorksOutWithoutDefinitionOrLevels() {
        assertThat(dictionary(parsed).competencies()).filteredOn(c -> !c.described()).extracting(Competency::name)
                .containsExactly("Zelfstandigheid", "Overtuigingskracht");
        assertThat(dictionary(parsed).find("Integriteit").orElseThrow().described()).isTrue();
        assertThat(parsed.report()).anySatisfy(e -> assertThat(e.message())
                .contains("2 competenties staan alleen in de kop van de competentiematrix"));
    }

    @Test
    void givesEachProfileTheNlqfLevelOfItsRowAndTheEnrichedProfileItsBases() {
        assertThat(norm(parsed, 0).nlqfLevel()).isEqualTo("3");
        assertThat(norm(parsed, 2).nlqfLevel()).isEqualTo("5");
        assertThat(facts.links().profiles()).extracting(ProfileLink::nlqfLevel).containsExactly("3", "3", "5");
        assertThat(warnings(parsed)).anySatisfy(w -> assertThat(w).contains("'Handhaver openbare ruimt I'", "afwijkende spelling"));
    }

    @Test
    void readsMatrixRowsOverTheirProfilesCompetenciesNotByTabColumns() {
        Matrix matrix = facts.front().matrix();
        MatrixReading first = facts.links().matrixRows().get(0);

        assertThat(first.profileCode()).isEqualTo("N09.01.02");
        assertThat(first.levels()).containsExactly(entry("Integriteit", "D"), entry("Samenwerken", "A"));
        assertThat(matrix.literalLevels(matrix.rows().get(0))).containsExactly(entry("Integriteit", "D"),
                entry("Overtuigingskracht", "A"));
        assertThat(facts.links().matrixMismatches()).singleElement().satisfies(m -> {
            assertThat(m.function()).isEqualTo("Toezichthouder milieu II");
            assertThat(m.competency()).isEqualTo("Samenwerken");
            assertThat(m.matrixLevel()).isEqualTo("B");
            assertThat(m.profileLevel()).isEqualTo("C");
        });
    }

    @Test
    void checksTheLevelsTheGroupTextsStateAgainstTheProfiles() {
        assertThat(facts.links().statedLevels()).extracting(s -> s.stated().competency(), s -> s.stated().level(),
                s -> s.profileLevels().get(0).level(), StatedLevelCheck::agreesWithProfiles)
                .containsExactly(tuple("Integriteit", "D", "D", true), tuple("Samenwerken", "B", "C", false));
        assertThat(readings(Inconsistency.Kind.FRONT_VS_PROFILE)).anySatisfy(r -> assertThat(r).startsWith("De toezichthouder op niveau II"))
                .contains("Niveau C (afstemmen)");
    }

    @Test
    void reportsAnOverviewNameThatDiffersFromTheHeading() {
        assertThat(readings(Inconsistency.Kind.NAMING)).containsExactly("Straatcoach I", "HANDHAVER OPENBARE RUIMTE I (STRAATCOACH)");
    }

    @Test
    void reportsAMinimumEducationBelowTheNlqfLevel() {
        assertThat(readings(Inconsistency.Kind.EDUCATION_VS_NLQF)).containsExactly("Minimaal MBO niveau 4.", "5");
    }

    @Test
    void titlesTheDocumentByItsCover() {
        assertThat(parsed.title()).isEqualTo("KennisBOX Gemeenten – Veiligheid");
    }

    @Test
    void fallsBackToAnUndeterminedDimensionWithoutFrontMatter() {
        String text = new String(OwnBooklet.bytes(), StandardCharsets.UTF_8);
        ParsedDocument bare = OwnBooklet.parse(text.substring(text.indexOf("NAAM FUNCTIE")).getBytes(StandardCharsets.UTF_8));

        assertThat(dictionary(bare).dimensions()).extracting(Dimension::code).containsExactly("onbepaald");
        assertThat(dictionary(bare).competencies()).extracting(Competency::dimension).containsOnly("onbepaald");
        assertThat(norm(bare, 0).nlqfLevel()).isNull();
        assertThat(warnings(bare)).anySatisfy(w -> assertThat(w).contains("geen competentiematrix"))
                .anySatisfy(w -> assertThat(w).contains("geen NLQF-tabel"));
        assertThat(bare.title()).isEqualTo("CompetentieBOX Veiligheid");
    }

    private List<String> readings(Inconsistency.Kind kind) {
        return facts.inconsistencies().stream().filter(i -> i.kind() == kind).flatMap(i -> i.readings().stream())
                .map(Reading::text).toList();
    }

    private static CompetencyDictionary dictionary(ParsedDocument document) {
        return document.draft().dictionaries().get(0);
    }

    private static NormFunction norm(ParsedDocument document, int index) {
        return (NormFunction) document.draft().profiles().get(index).profile();
    }

    private static List<String> warnings(ParsedDocument document) {
        return document.report().stream().filter(e -> e.severity() == ReportEntry.Severity.WARNING)
                .map(ReportEntry::message).toList();
    }
}
