package nl.functiehuis.importer.levelled;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.importer.DocumentKind;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.ReportEntry;
import nl.functiehuis.profile.DomainCompetency;
import nl.functiehuis.profile.LevelledFamily;
import org.junit.jupiter.api.Test;

/**
 * A levelled profile of our own with levels A and B only, misspelt headings, a competency table under a
 * heading we do not know, and no result areas or core competencies.
 */
class TwoLevelProfileTest {
    private static final String NAME = "levelled-archive-two-levels.txt";
    private final ParsedDocument document = OwnDocuments.parse(NAME);
    private final LevelledFamily family = (LevelledFamily) document.draft().profiles().getFirst().profile();
    private final LevelledFacts facts = (LevelledFacts) document.facts();

    @Test
    void readsTwoLevelsWithAWrittenOutDate() {
        assertThat(document.kind()).isEqualTo(DocumentKind.LEVELLED_PROFILE);
        assertThat(family.title()).isEqualTo("Archiefmedewerker");
        assertThat(family.code().value()).isEqualTo("7101/7102");
        assertThat(family.levels()).extracting(l -> l.letter() + " " + l.name() + " " + l.scale())
                .containsExactly("A Archiefmedewerker A (Start) 7", "B Archiefmedewerker B (Zelfstandig) 8");
        assertThat(document.draft().profiles().getFirst().status()).isEqualTo(VersionStatus.DEFINITIEF);
        assertThat(document.draft().profiles().getFirst().effectiveDate()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(facts.general().heading()).isEqualTo("Algemene gegevens");
    }

    @Test
    void recognisesMisspeltHeadingsAndReportsTheTolerantMatch() {
        assertThat(family.latitude()).singleElement().extracting(r -> r.title()).isEqualTo("Kaders");
        assertThat(family.knowledgeAndSkills()).extracting(r -> r.title())
                .containsExactly("Werk- en denkniveau", "Kennis");
        assertThat(OwnDocuments.messages(document, ReportEntry.Severity.INFO))
                .anyMatch(m -> m.contains("'Speelruimtte' gelezen als 'Speelruimte'"))
                .anyMatch(m -> m.contains("'Kenis en vaardigheid' gelezen als 'Kennis en vaardigheid'"));
    }

    @Test
    void recognisesACompetencyTableByItsDomainRows() {
        var table = facts.competencies(TableKind.SPECIFIC_COMPETENCIES).orElseThrow();
        assertThat(table.heading()).isEqualTo("Gedragscompetenties per niveau");
        assertThat(family.competenciesAt("B")).extracting(DomainCompetency::competency)
                .containsExactly("Samenwerken", "Klantgerichtheid");
        assertThat(table.emptyDomains()).extracting(DomainLabel::asWritten).containsExactly("Domein 3: Leren");
        assertThat(OwnDocuments.messages(document, ReportEntry.Severity.INFO))
                .anyMatch(m -> m.contains("aan de inhoud herkend als functiespecifieke competenties"));
    }

    @Test
    void leavesMissingSectionsEmptyWithoutInventingThem() {
        assertThat(family.resultAreas()).isEmpty();
        assertThat(family.competencies()).noneMatch(c -> c.level() == null);
        assertThat(family.organisation()).isNull();
        assertThat(facts.rule()).isNull();
        assertThat(facts.organisation().reportsTo()).isEqualTo("Teamleider Informatiebeheer");
        assertThat(facts.organisation().division()).isEqualTo("Bedrijfsvoering");
    }

    @Test
    void findsNoInconsistencyInAConsistentDocument() {
        assertThat(facts.inconsistencies()).isEmpty();
        assertThat(OwnDocuments.messages(document, ReportEntry.Severity.WARNING)).isEmpty();
    }
}
