package nl.functiehuis.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.functiehuis.application.ImportOutcome.Action;
import nl.functiehuis.application.ImportOutcome.Status;
import nl.functiehuis.competency.Competency;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.competency.LevelScale;
import nl.functiehuis.demo.DemoHouse;
import nl.functiehuis.snapshot.HouseSnapshot;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.importer.DraftProfile;
import nl.functiehuis.importer.ImportDraft;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.storage.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Importing documents that hold a dictionary and several profiles: competency spelling tolerance within
 * the profile's own dictionary, all-or-nothing refusal, level scales never merged, versions only for
 * the profiles that changed (on H2 and PostgreSQL).
 */
class ImportDraftIT {
    private static final HouseSnapshot DEMO = DemoHouse.snapshot(DraftImports.NOW);
    private static final CompetencyDictionary DICTIONARY = DEMO.dictionaries().getFirst();

    private final DraftImports house = new DraftImports(TestDatabases.h2());

    static Stream<DraftImports> databases() {
        return Stream.of(new DraftImports(TestDatabases.h2()), new DraftImports(TestDatabases.postgres()));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void createsEverythingOnceThenVersionsOnlyTheProfilesThatChanged(DraftImports house) {
        List<NormFunction> norms = norms();
        ImportOutcome first = house.importDraft(draft(DICTIONARY, norms));
        assertThat(first.status()).isEqualTo(Status.IMPORTED);
        assertThat(first.items()).extracting(ImportOutcome.Item::action).containsOnly(Action.CREATED);

        List<NormFunction> changed = new ArrayList<>(norms);
        NormFunction second = norms.get(1);
        changed.set(1, new NormFunction(second.code(), second.title() + " (herzien)", second.groupCode(),
                second.dictionary(), second.nlqfLevel(), second.content()));
        ImportOutcome again = house.importDraft(draft(DICTIONARY, changed));

        assertThat(again.status()).isEqualTo(Status.IMPORTED);
        assertThat(again.items()).filteredOn(i -> i.action() != Action.UNCHANGED).singleElement().satisfies(i -> {
            assertThat(i.key()).isEqualTo(second.code().value());
            assertThat(i.action()).isEqualTo(Action.NEW_VERSION);
            assertThat(i.version()).isEqualTo(2);
        });
        assertThat(house.profiles.history(norms.getFirst().code().value())).hasSize(1);
        assertThat(house.importDraft(draft(DICTIONARY, changed)).status()).isEqualTo(Status.UNCHANGED);
    }

    @Test
    void storesTheDictionarySpellingOfACompetencyWithinToleranceAndReportsIt() {
        NormFunction norm = norms().getFirst();
        String asWritten = norm.content().competencies().getFirst().competency();
        String misspelled = asWritten.substring(0, 3) + asWritten.substring(4);

        ImportOutcome outcome = house.importDraft(draft(DICTIONARY, List.of(asking(norm, asWritten, misspelled))));

        assertThat(outcome.status()).as(outcome.reason()).isEqualTo(Status.IMPORTED);
        assertThat(outcome.entries()).anySatisfy(e -> {
            assertThat(e.place()).isEqualTo("profiel " + norm.code());
            assertThat(e.message()).contains("'" + misspelled + "' gekoppeld aan '" + asWritten + "'", DICTIONARY.name());
        });
        assertThat(house.profiles.latest(norm.code().value()).orElseThrow().profile()).isEqualTo(norm);
    }

    @Test
    void refusesTheWholeDocumentWhenOneProfileAsksAnUnknownCompetency() {
        List<NormFunction> norms = new ArrayList<>(norms());
        NormFunction last = norms.getLast();
        String asked = last.content().competencies().getFirst().competency();
        norms.set(norms.size() - 1, asking(last, asked, "Volstrekt onbekende gave"));
        String before = house.export.json();

        ImportOutcome outcome = house.importDraft(draft(DICTIONARY, norms));

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.items()).isEmpty();
        assertThat(outcome.reason()).contains("profiel " + last.code(), "onbekende competentie 'Volstrekt onbekende gave'");
        assertThat(house.export.json()).isEqualTo(before);
        assertThat(house.catalog.dictionaries()).isEmpty();
    }

    @Test
    void neverMergesADictionaryWithAnotherLevelScale() {
        house.importDraft(draft(DICTIONARY, norms()));
        String before = house.export.json();
        var ungraded = new CompetencyDictionary(DICTIONARY.id(), DICTIONARY.name(), LevelScale.NONE,
                DICTIONARY.dimensions(), DICTIONARY.competencies().stream()
                        .map(c -> new Competency(c.name(), c.dimension(), c.definition(), List.of())).toList());

        ImportOutcome outcome = house.importDraft(draft(ungraded, List.of()));

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("woordenboek " + DICTIONARY.id());
            assertThat(p.message()).contains("andere niveauschaal");
        });
        assertThat(house.export.json()).isEqualTo(before);
    }

    @Test
    void refusesADictionaryUpdateThatWouldLeaveAStoredProfileAskingAMissingCompetency() {
        NormFunction norm = norms().getFirst();
        house.importDraft(draft(DICTIONARY, List.of(norm)));
        String asked = norm.content().competencies().getFirst().competency();
        var smaller = new CompetencyDictionary(DICTIONARY.id(), DICTIONARY.name(), DICTIONARY.scale(),
                DICTIONARY.dimensions(), DICTIONARY.competencies().stream().filter(c -> !c.name().equals(asked)).toList());
        String before = house.export.json();

        ImportOutcome outcome = house.importDraft(draft(smaller, List.of()));

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.problems()).anySatisfy(p -> assertThat(p.field()).startsWith("opgeslagen profiel " + norm.code()));
        assertThat(house.export.json()).isEqualTo(before);
    }

    @Test
    void replacesAChangedDictionaryAndReportsItUpdated() {
        house.importDraft(draft(DICTIONARY, norms()));
        var renamed = new CompetencyDictionary(DICTIONARY.id(), DICTIONARY.name() + " 2026", DICTIONARY.scale(),
                DICTIONARY.dimensions(), DICTIONARY.competencies());

        ImportOutcome outcome = house.importDraft(draft(renamed, List.of()));

        assertThat(outcome.items()).filteredOn(i -> i.type() == ImportOutcome.Type.DICTIONARY).singleElement()
                .extracting(ImportOutcome.Item::action).isEqualTo(Action.UPDATED);
        assertThat(house.catalog.dictionary(DICTIONARY.id())).contains(renamed);
    }

    private static List<NormFunction> norms() {
        return DEMO.profiles().stream().map(v -> v.profile()).filter(NormFunction.class::isInstance)
                .map(NormFunction.class::cast).toList();
    }

    private static ImportDraft draft(CompetencyDictionary dictionary, List<NormFunction> norms) {
        List<DraftProfile> drafts = norms.stream()
                .map(n -> new DraftProfile(n, VersionStatus.DEFINITIEF, DemoHouse.EFFECTIVE_DATE)).toList();
        return new ImportDraft(List.of(dictionary), DEMO.series(), List.of(), drafts, List.of());
    }

    /** The norm function with one asked competency written differently. */
    private static NormFunction asking(NormFunction n, String competency, String writtenAs) {
        NormContent c = n.content();
        List<CompetencyRequirement> asked = c.competencies().stream()
                .map(r -> r.competency().equals(competency) ? new CompetencyRequirement(writtenAs, r.level()) : r).toList();
        return new NormFunction(n.code(), n.title(), n.groupCode(), n.dictionary(), n.nlqfLevel(),
                new NormContent(c.characteristics(), c.criticalSituations(), asked, c.knowledge(), c.skills(),
                        c.minimumEducation()));
    }
}
