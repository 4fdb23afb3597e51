package nl.functiehuis.importer.booklet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.functiehuis.competency.BehaviourLevel;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.house.Qualification;
import nl.functiehuis.house.WorkProcess;
import nl.functiehuis.importer.DocumentKind;
import nl.functiehuis.importer.DraftProfile;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.ReportEntry;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.QualificationLink;
import org.junit.jupiter.api.Test;

/** The booklet reader on a booklet of our own: another series, a typo elsewhere, missing sections. */
class BookletEdgeCasesTest {
    private final ParsedDocument parsed = OwnBooklet.parse();
    private final BookletFacts facts = OwnBooklet.facts(parsed);

    @Test
    void readsAnotherSeriesByItsStructure() {
        assertThat(parsed.kind()).isEqualTo(DocumentKind.COMPETENCY_BOOKLET);
        assertThat(profiles()).extracting(p -> p.code().value()).containsExactly("N09.01.02", "N09.01.02/VP", "N09.02.04");
        assertThat(profiles()).extracting(FunctionProfile::title)
                .containsExactly("Handhaver Openbare Ruimte I", "Handhaver Openbare Ruimte I", "Toezichthouder Milieu II");
        var series = parsed.draft().series();
        assertThat(series).singleElement().satisfies(s -> {
            assertThat(s.code()).isEqualTo("N09");
            assertThat(s.name()).isEqualTo("Veiligheid");
            assertThat(s.groups()).extracting(g -> g.code() + " " + g.name()).containsExactly("N09.01 Handhaving", "N09.02 Toezicht");
        });
        assertThat(dictionary().id()).isEqualTo("competentiebox-veiligheid");
        assertThat(profiles()).allSatisfy(p -> assertThat(p.dictionary()).isEqualTo("competentiebox-veiligheid"));
    }

    @Test
    void readsAHeadingWithATypoAndReportsIt() {
        NormFunction first = (NormFunction) profiles().get(0);
        assertThat(first.content().criticalSituations()).extracting(s -> s.title()).containsExactly("Escalatie", "Zichtbaarheid");
        assertThat(warnings()).anySatisfy(m -> assertThat(m).contains("KRITISCHE WERKSITUATIS NORMFUNCTIE", "N09.01.02"));
        assertThat(facts.inconsistencies()).anySatisfy(i -> {
            assertThat(i.kind()).isEqualTo(Inconsistency.Kind.HEADING_SPELLING);
            assertThat(i.readings()).extracting(Inconsistency.Reading::text)
                    .contains("KRITISCHE WERKSITUATIS NORMFUNCTIE", "KRITISCHE WERKSITUATIES NORMFUNCTIE");
        });
    }

    @Test
    void joinsAParagraphCutByAPageBreakAndDropsPageFurniture() {
        NormFunction first = (NormFunction) profiles().get(0);
        assertThat(first.content().criticalSituations().get(1).description()).endsWith("de hele dag beoordeeld door voorbijgangers.");
        assertThat(facts.profiles().get(0).competencies().get(1).indicators()).hasSize(2);
    }

    @Test
    void readsAProfileWithoutVakkennisAndWithoutCompetencyHeading() {
        NormFunction third = (NormFunction) profiles().get(2);
        assertThat(third.content().knowledge()).isEmpty();
        assertThat(third.content().skills()).isEmpty();
        assertThat(third.content().competencies()).extracting(r -> r.competency() + " " + r.level())
                .containsExactly("Samenwerken C", "Integriteit B");
        assertThat(third.content().minimumEducation().level().level()).isEqualTo(4);
        assertThat(facts.profiles().get(2).heading(BookletLabel.VAKKENNIS)).isEmpty();
    }

    @Test
    void collectsEveryLevelWhateverOrderTheProfilesUse() {
        assertThat(dictionary().find("Samenwerken").orElseThrow().levels()).extracting(BehaviourLevel::letter)
                .containsExactly(LevelLetter.A, LevelLetter.C);
        assertThat(dictionary().find("Integriteit").orElseThrow().levels()).extracting(BehaviourLevel::letter)
                .containsExactly(LevelLetter.B, LevelLetter.D);
        assertThat(dictionary().find("Integriteit").orElseThrow().dimension()).isEqualTo("persoonlijk");
        assertThat(dictionary().find("Samenwerken").orElseThrow().dimension()).isEqualTo("relationeel");
    }

    @Test
    void linksTheEnrichedProfileToItsQualification() {
        EnrichedProfile enriched = (EnrichedProfile) profiles().get(1);
        assertThat(enriched.baseCode().value()).isEqualTo("N09.01.02");
        assertThat(enriched.subtitle()).isEqualTo("Straatcoach");
        QualificationLink link = enriched.qualifications().get(0);
        assertThat(link.qualification()).isEqualTo("Handhaver toezicht en veiligheid, kwalificatie Medewerker toezicht en handhaving");
        assertThat(link.mboLevel()).isEqualTo(3);
        assertThat(link.role()).contains("koppel");
        assertThat(link.complexity()).contains("waarschuwen");
        assertThat(link.extraKnowledge()).hasSize(2);
        Qualification qualification = parsed.draft().qualifications().get(0);
        assertThat(qualification.coreTasks()).singleElement()
                .satisfies(t -> assertThat(t.workProcesses()).extracting(WorkProcess::number).containsExactly("1.1", "1.3"));
    }

    @Test
    void reportsCopyVariantsDivergencesAndNumberingGaps() {
        List<String> readings = facts.inconsistencies().stream().flatMap(i -> i.readings().stream())
                .map(Inconsistency.Reading::text).toList();
        assertThat(readings).contains("Deelt uit zich zelf wat anderen moeten weten.", "Deelt uit zichzelf wat anderen moeten weten.");
        assertThat(readings).contains("1.1, 1.3");
        assertThat(facts.inconsistencies()).anySatisfy(i -> {
            assertThat(i.kind()).isEqualTo(Inconsistency.Kind.BASE_DIVERGENCE);
            assertThat(i.readings()).extracting(Inconsistency.Reading::text).contains("Minimaal MBO niveau 4.");
        });
        assertThat(readings).anySatisfy(r -> assertThat(r).contains("voor iedereen."));
    }

    @Test
    void reportsTextAfterTheLastProfileAsSkipped() {
        assertThat(parsed.report()).filteredOn(e -> e.severity() == ReportEntry.Severity.SKIPPED)
                .extracting(ReportEntry::message).anySatisfy(m -> assertThat(m).contains("Over ons"));
    }

    private List<FunctionProfile> profiles() {
        return parsed.draft().profiles().stream().map(DraftProfile::profile).toList();
    }

    private CompetencyDictionary dictionary() {
        return parsed.draft().dictionaries().get(0);
    }

    private List<String> warnings() {
        return parsed.report().stream().filter(e -> e.severity() == ReportEntry.Severity.WARNING).map(ReportEntry::message).toList();
    }
}
