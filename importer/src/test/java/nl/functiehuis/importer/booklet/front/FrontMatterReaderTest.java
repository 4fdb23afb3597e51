package nl.functiehuis.importer.booklet.front;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.blocks.SourceDocument;
import nl.functiehuis.importer.booklet.front.Inconsistency.Kind;
import org.junit.jupiter.api.Test;

/** The front matter of a booklet we wrote ourselves: other names, codes, counts and typos than the seed. */
class FrontMatterReaderTest {
    private final SmallBooklet small = new SmallBooklet();
    private final FrontMatter front = small.front;

    @Test
    void readsCoverColophonAndBackCoverByTheirShape() {
        Cover c = front.cover();

        assertThat(c.series()).isEqualTo("Ons Werk Telt");
        assertThat(c.box()).isEqualTo("KennisKIST Provincies");
        assertThat(c.title()).isEqualTo("Toezicht");
        assertThat(c.volumeLabel()).isEqualTo("III Toezicht");
        assertThat(c.professions()).containsExactly("handhaver", "inspecteur", "milieuadviseur");
        assertThat(c.publisher()).isEqualTo("Stichting Provinciaal Werk");
        assertThat(c.website()).isEqualTo("www.spw.example.nl");
        assertThat(c.license()).isEqualTo("CC BY 4.0");
        assertThat(c.seriesBookletCount()).isEqualTo(5);
        assertThat(c.partCount()).isEqualTo(3);
        assertThat(c.contact()).isEqualTo(new Contact("Postbus 999", "1234 AB Ergens", "030 1234567",
                "info@spw.example.nl", "www.spw.example.nl"));
    }

    @Test
    void readsTheContentsWithPartsAndUnnumberedLines() {
        assertThat(front.contents()).extracting(ContentsEntry::number, ContentsEntry::title, ContentsEntry::page)
                .startsWith(tuple(null, "Voorwoord", 3), tuple("Deel 1", "Competenties in de reeks", 5))
                .contains(tuple("1.2.2", "Funcitegroep Parkeren", 8)).hasSize(13);
    }

    @Test
    void readsTheCompetencyModelWithCountsInWords() {
        CompetencyModel m = front.competencyModel();

        assertThat(m.statedCompetencyCount()).isEqualTo(12);
        assertThat(m.dimensionCount()).isEqualTo(3);
        assertThat(m.dimensions()).extracting(DimensionText::name, DimensionText::aspect, DimensionText::matrixLabel,
                DimensionText::matrixColumnCount).containsExactly(
                        tuple("Persoonlijke vaardigheden", "wie je bent", "Persoonlijk", 2),
                        tuple("Relationele vaardigheden", "samen met anderen", "Relationeel", 2),
                        tuple("Operationele vaardigheden", "wat je doet", "Operationeel", 2));
        assertThat(m.levelLetters()).containsExactly("A", "B", "C", "D");
        assertThat(m.lightestLevel()).isEqualTo("D");
        assertThat(m.heaviestLevel()).isEqualTo("A");
        assertThat(m.levelsCumulative()).isFalse();
        assertThat(m.maxCompetenciesPerProfile()).isEqualTo(4);
    }

    @Test
    void findsSeriesAndGroupsUnderMisspelledHeadings() {
        SeriesText s = front.series();

        assertThat(s.name()).isEqualTo("Toezicht");
        assertThat(s.codePrefix()).isEqualTo("N09");
        assertThat(s.groups()).extracting(GroupText::name, GroupText::codePrefix, GroupText::functions)
                .containsExactly(tuple("Inspectie", "N09.01", List.of("Inspecteur I")),
                        tuple("Parkeren", "N09.02", List.of("Handhaver parkeren I")),
                        tuple("Milieu", "N09.03", List.of("Medewerker Milieu I")));
        assertThat(s.groups().getFirst().enrichedProfiles()).containsExactly("Toezichthouder Bouw");
    }

    @Test
    void readsWhatTheGroupTextsSay() {
        GroupText inspectie = front.series().groups().get(0);
        GroupText milieu = front.series().groups().get(2);

        assertThat(inspectie.exampleFunctions())
                .containsExactly("bouwinspecteur", "controleur drank- en horeca", "toezichthouder WABO");
        assertThat(inspectie.abbreviations()).containsEntry("WABO", "Wet Algemene Bepalingen Omgevingsrecht");
        assertThat(inspectie.statedCompetencies()).containsExactly("Integriteit", "Samenwerken", "Nauwkeurigheid");
        assertThat(inspectie.consideredButNotSelected()).containsExactly("Plannen en organiseren");
        assertThat(front.statedLevels()).containsExactly(
                new StatedLevel("Inspectie", List.of("Inspecteur I"), "Integriteit", "A", inspectie.statedLevels()
                        .getFirst().sentence(), inspectie.statedLevels().getFirst().at()));
        assertThat(inspectie.statedLevels().getFirst().sentence()).startsWith("Van Inspecteur I").contains("niveau A");
        assertThat(milieu.scope()).isEqualTo(Map.of("Plannen en organiseren", List.of(1)));
    }

    @Test
    void readsAnAlignedMatrixWhoseLiteralAndIntendedReadingsAgree() {
        Matrix m = front.matrix();

        assertThat(m.headerLabel()).isEqualTo("Competentie / Functie");
        assertThat(m.columnCount()).isEqualTo(6);
        assertThat(m.rows()).extracting(MatrixRow::groupLabel, MatrixRow::function, MatrixRow::profileCode)
                .containsExactly(tuple("INSPECTIE", "Inspecteur I", "N09.01.02"),
                        tuple("PARKEREN", "Handhaver parkeren I", "N09.02.02"),
                        tuple("MILIEU", "Medewerker milieu I", "N09.03.02"));
        assertThat(m.aliases()).isEqualTo(Map.of("Samenwerkn", "Samenwerken"));
        for (MatrixRow row : m.rows()) {
            GroupText group = front.groupOf(row).orElseThrow();
            assertThat(m.intendedLevels(row, group.competenciesOf(1))).isEqualTo(m.literalLevels(row));
        }
        assertThat(front.inconsistencies()).extracting(Inconsistency::kind).doesNotContain(Kind.LAYOUT);
    }

    @Test
    void readsTheNlqfPartOfAnotherBooklet() {
        Nlqf n = front.nlqf();

        assertThat(n.section()).isEqualTo("2");
        assertThat(n.levelCount()).isEqualTo(8);
        assertThat(n.hasEntryLevel()).isTrue();
        assertThat(n.examples()).containsExactly(Map.entry("vwo", 4), Map.entry("hbo-bachelor", 6));
        assertThat(n.headerCount()).isEqualTo(1);
        assertThat(n.rows()).singleElement().satisfies(r -> {
            assertThat(r.group()).isEqualTo("Inspectie");
            assertThat(r.levels()).containsExactly(4, 5);
            assertThat(r.indicators()).containsExactly(new LabelledText("Kennis niveau 4", "weet veel van bouwregels."));
            assertThat(r.related().getFirst().mboLevel()).isEqualTo(4);
            assertThat(r.related().getFirst().qualifications()).containsExactly("Toezichthouder bouw",
                    "Handhaver parkeren");
        });
        assertThat(n.remarks()).extracting(Remark::function, Remark::suggestion)
                .containsExactly(tuple("Inspecteur I", "hbo-opleiding (6) Bouwkunde"));
    }

    @Test
    void reportsCountSpellingAndNamingDifferencesAsWarningsWithTheirPlace() {
        assertThat(front.inconsistencies()).extracting(Inconsistency::kind, i -> i.quotes().getFirst().text())
                .containsExactlyInAnyOrder(tuple(Kind.SPELLING, "Samenwerkn"), tuple(Kind.COUNT, "twaalf competenties"),
                        tuple(Kind.NAMING, "Parkeercontroleur"));
        assertThat(small.report.entries()).hasSize(3).allSatisfy(e -> assertThat(e.place()).startsWith("regel"));
    }

    @Test
    void reportsADimensionAdjectiveThatDoesNotFitItsMatrixLabel() {
        String text = String.join("\n", "1.1 Woordenboek", "Het woordenboek telt 2 competenties in twee dimensies.",
                "- Relationale vaardigheden (met anderen)", "- Operationele vaardigheden (het doen)",
                "Soms zijn relationele competenties doorslaggevend.", "1.2 Functiereeks Proef",
                "\tKop", "\t\tAnalyseren\tBesluiten\tCommuniceren", "\t\tRelationeel\t\tOperationeel",
                "X\tProef I\tB\tC\t");
        SourceDocument doc = TextDocuments.of(text);

        FrontMatter f = FrontMatterReader.read(doc, doc.size(), new ImportReport());

        assertThat(f.inconsistencies()).filteredOn(i -> i.kind() == Kind.SPELLING).singleElement()
                .extracting(i -> i.quotes().stream().map(Quote::text).toList())
                .isEqualTo(List.of("Relationale vaardigheden", "relationele competenties", "Relationeel"));
    }

    @Test
    void leavesMissingPartsEmptyWithoutFailing() {
        SourceDocument coverOnly = TextDocuments.of("Een Reeks\n\nEen Doos\n\nTitel\n\nII Titel");

        FrontMatter f = FrontMatterReader.read(coverOnly, coverOnly.size(), new ImportReport());

        assertThat(f.cover().title()).isEqualTo("Titel");
        assertThat(f.contents()).isEmpty();
        assertThat(f.matrix()).isEqualTo(Matrix.empty());
        assertThat(f.series()).isEqualTo(SeriesText.empty());
        assertThat(f.nlqf().rows()).isEmpty();
        assertThat(f.overview()).isEqualTo(Overview.empty());
        assertThat(FrontMatterReader.read(new SourceDocument("leeg", List.of()), 5, new ImportReport()).inconsistencies())
                .isEmpty();
    }
}
