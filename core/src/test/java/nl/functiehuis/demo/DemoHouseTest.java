package nl.functiehuis.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.functiehuis.competency.Competency;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.house.HouseIntegrity;
import nl.functiehuis.snapshot.HouseSnapshot;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.OrganisationProfile;
import nl.functiehuis.profile.ResultArea;
import org.junit.jupiter.api.Test;

class DemoHouseTest {
    private static final Instant SAVED_AT = Instant.parse("2026-01-01T09:00:00Z");

    private final HouseSnapshot house = DemoHouse.snapshot(SAVED_AT);

    @Test
    void everyProfileHoldsWithinTheHouse() {
        var integrity = new HouseIntegrity(house.dictionaries(), house.series());
        assertThat(house.profiles()).isNotEmpty().allSatisfy(v ->
                assertThat(integrity.check(v.profile(), "profile")).as(v.code().value()).isEmpty());
    }

    @Test
    void dictionaryHasAtLeastTenCompetenciesWithFourNamedLevels() {
        assertThat(house.dictionaries()).hasSize(1);
        CompetencyDictionary dictionary = house.dictionaries().getFirst();
        assertThat(dictionary.dimensions()).extracting(d -> d.code())
                .containsExactly("persoonlijk", "conceptueel", "relationeel", "operationeel");
        assertThat(dictionary.competencies()).hasSizeGreaterThanOrEqualTo(10).allSatisfy(c -> {
            assertThat(c.definition()).as(c.name()).isNotBlank();
            assertThat(c.levels()).as(c.name()).extracting(l -> l.letter()).containsExactly(LevelLetter.values());
            assertThat(c.levels()).as(c.name()).allSatisfy(l -> {
                assertThat(l.name()).isNotBlank();
                assertThat(l.indicators()).hasSizeBetween(2, 4);
            });
        });
    }

    @Test
    void groupHoldsNormFunctionsWhoseDemandsNeverRiseDownwards() {
        List<NormFunction> norms = profiles(NormFunction.class).stream()
                .filter(n -> "VS01.01".equals(n.groupCode()))
                .sorted(Comparator.comparing(n -> n.code().value()))
                .toList();
        assertThat(norms).hasSizeBetween(3, 5);
        for (int i = 1; i < norms.size(); i++) {
            NormFunction heavier = norms.get(i - 1);
            NormFunction lighter = norms.get(i);
            for (CompetencyRequirement asked : lighter.content().competencies()) {
                Optional<CompetencyRequirement> above = heavier.content().competencies().stream()
                        .filter(r -> r.competency().equals(asked.competency())).findFirst();
                assertThat(above).as("%s asks %s, %s must too", lighter.code(), asked.competency(), heavier.code())
                        .isPresent();
                assertThat(weight(above.get().level())).as("%s in %s vs %s", asked.competency(), heavier.code(), lighter.code())
                        .isGreaterThanOrEqualTo(weight(asked.level()));
            }
            assertThat(mbo(heavier)).as("education %s vs %s", heavier.code(), lighter.code())
                    .isGreaterThanOrEqualTo(mbo(lighter));
            assertThat(lighter.nlqfLevel()).isEqualTo(String.valueOf(mbo(lighter)));
        }
    }

    @Test
    void enrichedProfileSharesItsBaseAndItsQualificationsAreInTheHouse() {
        EnrichedProfile enriched = profiles(EnrichedProfile.class).getFirst();
        NormFunction base = profiles(NormFunction.class).stream()
                .filter(n -> n.code().equals(enriched.baseCode())).findFirst().orElseThrow();
        assertThat(enriched.content()).isEqualTo(base.content());
        assertThat(enriched.qualifications()).isNotEmpty().allSatisfy(link ->
                assertThat(house.qualifications()).anySatisfy(q -> {
                    assertThat(q.name()).isEqualTo(link.qualification());
                    assertThat(q.coreTasks()).hasSize(2);
                }));
    }

    @Test
    void oneOrganisationProfileWithANotApplicableResultArea() {
        assertThat(profiles(OrganisationProfile.class)).singleElement().satisfies(o -> {
            assertThat(o.dictionary()).isNull();
            assertThat(o.resultAreas()).hasSizeBetween(5, 6).anyMatch(ResultArea::notApplicable);
            assertThat(o.behaviourCompetencies()).hasSizeBetween(4, 5);
        });
    }

    @Test
    void oneLevelledFamilyWithThreeLevels() {
        assertThat(profiles(LevelledFamily.class)).singleElement().satisfies(f -> {
            assertThat(f.levels()).extracting(l -> l.letter()).containsExactly("A", "B", "C");
            assertThat(f.competencies()).filteredOn(c -> c.level() == null).hasSize(3);
            for (String letter : List.of("A", "B", "C")) {
                assertThat(f.competenciesAt(letter)).filteredOn(c -> c.level() != null).hasSizeLessThanOrEqualTo(5);
                assertThat(f.factors()).allSatisfy(row -> assertThat(row.itemsFor(letter)).isNotEmpty());
            }
        });
        assertThat(house.profiles()).filteredOn(v -> v.profile() instanceof LevelledFamily)
                .extracting(ProfileVersion::status).containsExactly(VersionStatus.PROGNOSE);
    }

    @Test
    void snapshotIsDeterministic() {
        assertThat(DemoHouse.snapshot(SAVED_AT)).isEqualTo(house);
    }

    @Test
    void everyDictionaryCompetencyLevelIsDistinctlyNamed() {
        for (Competency c : house.dictionaries().getFirst().competencies()) {
            assertThat(c.levels()).extracting(l -> l.name()).doesNotHaveDuplicates();
        }
    }

    private <T> List<T> profiles(Class<T> kind) {
        return house.profiles().stream().map(ProfileVersion::profile).filter(kind::isInstance).map(kind::cast).toList();
    }

    private static int weight(LevelLetter level) {
        return level == null ? 0 : level.weight();
    }

    private static int mbo(NormFunction n) {
        var education = n.content().minimumEducation();
        assertThat(education).isNotNull();
        assertThat(education.level()).isNotNull();
        return education.level().level();
    }
}
