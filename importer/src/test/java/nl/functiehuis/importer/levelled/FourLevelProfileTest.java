package nl.functiehuis.importer.levelled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.importer.DocumentKind;
import nl.functiehuis.importer.DraftProfile;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.ReportEntry;
import nl.functiehuis.profile.DomainCompetency;
import nl.functiehuis.profile.FunctionLevel;
import nl.functiehuis.profile.LevelledFamily;
import org.junit.jupiter.api.Test;

/** A levelled profile of our own with levels A–D in ascending rows, other codes, scales and domains. */
class FourLevelProfileTest {
    private static final String NAME = "levelled-enforcement-four-levels.txt";
    private final ParsedDocument document = OwnDocuments.parse(NAME);
    private final DraftProfile draft = document.draft().profiles().getFirst();
    private final LevelledFamily family = (LevelledFamily) draft.profile();
    private final LevelledFacts facts = (LevelledFacts) document.facts();

    @Test
    void readsFourLevelsWithTheirCodesScalesAndQualifiers() {
        assertThat(document.kind()).isEqualTo(DocumentKind.LEVELLED_PROFILE);
        assertThat(family.title()).isEqualTo("Handhaver");
        assertThat(family.code().value()).isEqualTo("5501/5502/5503/5504");
        assertThat(family.organisation()).isEqualTo("Gemeente Voorbeeldstad");
        assertThat(family.levels()).extracting(FunctionLevel::letter, l -> l.code().value(), FunctionLevel::qualifier,
                FunctionLevel::scale).containsExactly(
                        tuple("A", "5501", "Instap", 5), tuple("B", "5502", "Medior", 6),
                        tuple("C", "5503", "Senior", 7),
                        tuple("D", "5504", "Coördinator", 8));
        assertThat(facts.levelTable().rowOrder()).containsExactly("A", "B", "C", "D");
        assertThat(draft.status()).isEqualTo(VersionStatus.CONCEPT);
        assertThat(draft.effectiveDate()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void joinsACellThatAPageBreakSplitAfterAFootnote() {
        var knowledge = family.knowledgeAndSkills().stream().filter(r -> r.title().equals("Kennis")).findFirst()
                .orElseThrow();
        assertThat(knowledge.itemsFor("D")).singleElement().asString().endsWith("politie en openbaar ministerie");
        assertThat(facts.footnotes()).extracting(Footnote::number).containsExactly(2, 1);
    }

    @Test
    void infersItemsOfCellsWithoutMarkers() {
        assertThat(family.resultAreas().getFirst().activities()).hasSize(2);
        assertThat(family.resultAreas().getFirst().results()).hasSize(2);
        var skills = facts.table(TableKind.KNOWLEDGE_AND_SKILLS).orElseThrow().row("Vaardigheid").orElseThrow();
        assertThat(skills.row().itemsFor("A")).containsExactly("Rapporteren", "Gespreksvaardigheid");
        assertThat(skills.inferredLevels()).containsExactly("A", "B", "C", "D");
    }

    @Test
    void keepsCoreCompetenciesForEveryLevelAndSpecificOnesPerLevel() {
        assertThat(family.competencies()).filteredOn(c -> c.level() == null).extracting(DomainCompetency::competency)
                .containsExactly("Samenwerken", "Integriteit");
        assertThat(family.competenciesAt("D")).extracting(DomainCompetency::competency)
                .containsExactly("Samenwerken", "Integriteit", "Coachen", "Besluitvaardigheid", "Plannen", "Delegeren");
        assertThat(family.domains()).extracting(d -> d.code() + " " + d.name())
                .containsExactly("1 Samenwerking", "2 Integriteit", "3 Daadkracht");
        var specific = facts.competencies(TableKind.SPECIFIC_COMPETENCIES).orElseThrow();
        assertThat(specific.emptyDomains()).extracting(DomainLabel::asWritten).containsExactly("Domein 2: Integriteit");
    }

    @Test
    void checksTheFootnoteRuleAndWarnsAboutALevelOverTheMaximum() {
        assertThat(facts.rule()).isNotNull();
        assertThat(facts.rule().coreCount()).isEqualTo(2);
        assertThat(facts.rule().maxSpecific()).isEqualTo(3);
        assertThat(facts.rule().allLevelsAtMax()).isFalse();
        assertThat(OwnDocuments.messages(document, ReportEntry.Severity.WARNING))
                .anyMatch(m -> m.contains("niveau D heeft 4 functiespecifieke competenties"));
    }

    @Test
    void reportsMixedSeparatorsAndAMisspeltWordButNotTheConsistentChart() {
        assertThat(facts.inconsistencies()).extracting(Inconsistency::kind)
                .containsExactlyInAnyOrder(Inconsistency.Kind.MIXED_SEPARATORS, Inconsistency.Kind.WORD_VARIANT);
        var separators = facts.inconsistencies().stream()
                .filter(i -> i.kind() == Inconsistency.Kind.MIXED_SEPARATORS).findFirst().orElseThrow();
        assertThat(separators.readings()).extracting(Inconsistency.Reading::text)
                .containsExactly("5501 / Handhaver B", "5503 – Handhaver D");
        var word = facts.inconsistencies().stream()
                .filter(i -> i.kind() == Inconsistency.Kind.WORD_VARIANT).findFirst().orElseThrow();
        assertThat(word.readings().getFirst().text()).contains("overtrding");
        assertThat(facts.organisation().chart().chainTopDown())
                .containsExactly("Afdelingshoofd Veiligheid", "Teamleider Toezicht", "Handhaver");
        assertThat(OwnDocuments.messages(document, ReportEntry.Severity.WARNING)).hasSize(3);
        assertThat(facts.organisation().reportsTo()).isEqualTo("Teamleider Toezicht");
    }
}
