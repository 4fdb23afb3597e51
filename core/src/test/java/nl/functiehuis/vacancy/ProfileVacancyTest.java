package nl.functiehuis.vacancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.functiehuis.demo.DemoHouse;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.profile.FunctionLevel;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.OrganisationProfile;
import org.junit.jupiter.api.Test;

class ProfileVacancyTest {

    private static ProfileVersion demo(String code) {
        return DemoHouse.snapshot(Instant.EPOCH).profiles().stream()
                .filter(v -> v.code().value().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void prefillsNormFunctionWithCompetencyLevelsAndMinimumEducation() {
        var norm = (NormFunction) demo("VS01.01.02").profile();

        Vacancy v = ProfileVacancy.from(norm, 3, "VS01.01.02");

        assertThat(v.title()).isEqualTo(norm.title());
        assertThat(v.status()).isEqualTo(VacancyStatus.CONCEPT);
        assertThat(v.profileCode()).isEqualTo("VS01.01.02");
        assertThat(v.profileVersion()).isEqualTo(3);
        assertThat(v.competencies()).extracting(AskedCompetency::name, AskedCompetency::level)
                .containsExactlyElementsOf(norm.content().competencies().stream()
                        .map(c -> org.assertj.core.groups.Tuple.tuple(c.competency(), c.level())).toList());
        assertThat(v.competencies()).allSatisfy(c -> assertThat(c.level()).isNotNull());
        var education = norm.content().minimumEducation();
        assertThat(v.requirements()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Requirement.Kind.EDUCATION);
            assertThat(r.mboLevel()).isEqualTo(education.level().level());
            assertThat(r.text()).contains(education.text());
        });
        assertThat(v.tasks()).isEmpty();
    }

    @Test
    void prefillsOrganisationProfileWithScaleTasksAndThinkingLevel() {
        var profile = (OrganisationProfile) demo("VS-2040").profile();

        Vacancy v = ProfileVacancy.from(profile, 1, "VS-2040");

        assertThat(v.organisation()).isEqualTo(profile.organisation());
        assertThat(v.department()).isEqualTo(profile.department());
        assertThat(v.terms().scale()).isEqualTo(7);
        long activities = profile.resultAreas().stream().filter(a -> !a.notApplicable())
                .mapToLong(a -> a.activities().size()).sum();
        assertThat(v.tasks()).hasSize((int) activities).isNotEmpty();
        assertThat(v.requirements()).singleElement().satisfies(r -> assertThat(r.mboLevel()).isEqualTo(4));
        assertThat(v.competencies()).extracting(AskedCompetency::name)
                .containsExactlyElementsOf(profile.behaviourCompetencies().stream().map(b -> b.name()).toList());
    }

    @Test
    void prefillsTheAskedLevelOfAFamily() {
        var family = (LevelledFamily) demo("VS-3100").profile();
        FunctionLevel b = family.level("B").orElseThrow();

        Vacancy v = ProfileVacancy.from(family, 2, "vs-3102");

        assertThat(v.title()).isEqualTo(b.name());
        assertThat(v.profileCode()).isEqualTo("VS-3102");
        assertThat(v.terms().scale()).isEqualTo(6);
        assertThat(v.competencies()).extracting(AskedCompetency::name)
                .containsExactlyElementsOf(family.competenciesAt("B").stream().map(c -> c.competency()).toList())
                .contains("Klantgerichtheid", "Analytisch vermogen").doesNotContain("Coachen", "Flexibiliteit");
    }

    @Test
    void takesTheFirstLevelWhenTheFamilyCodeIsAsked() {
        var family = (LevelledFamily) demo("VS-3100").profile();

        Vacancy v = ProfileVacancy.from(family, 1, "VS-3100");

        assertThat(v.profileCode()).isEqualTo("VS-3101");
        assertThat(v.terms().scale()).isEqualTo(5);
        assertThat(v.competencies()).extracting(AskedCompetency::name).doesNotContain(
                family.competencies().stream().filter(c -> "B".equals(c.level())).map(c -> c.competency())
                        .toArray(String[]::new));
    }
}
