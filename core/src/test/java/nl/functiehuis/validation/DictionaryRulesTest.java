package nl.functiehuis.validation;

import static nl.functiehuis.competency.LevelLetter.A;
import static nl.functiehuis.competency.LevelLetter.C;
import static nl.functiehuis.validation.ValidationFixtures.house;
import static nl.functiehuis.validation.ValidationFixtures.norm;
import static nl.functiehuis.validation.ValidationFixtures.req;
import static nl.functiehuis.validation.ValidationFixtures.usual;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.ProfileCode;
import org.junit.jupiter.api.Test;

/** WB-COMPETENTIE and WB-NIVEAU: what a profile asks is in its dictionary, at a level described there. */
class DictionaryRulesTest {

    @Test
    void knownCompetencyFiresOnACompetencyTheDictionaryLacks() {
        NormFunction n = norm("N1", List.of(req("Integriteit", C), req("Daadkracht", C)));

        assertThat(ProfileRules.KNOWN_COMPETENCY.violations(n, house(n))).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("content.competencies[1].competency");
            assertThat(v.message()).contains("'Daadkracht'", "Testwoordenboek");
        });
    }

    @Test
    void knownCompetencyFiresOnAnUnknownDictionary() {
        NormFunction n = new NormFunction(ProfileCode.of("N1"), "Medewerker", null, "elders", null,
                ValidationFixtures.content(usual(), 3));

        assertThat(ProfileRules.KNOWN_COMPETENCY.violations(n, house(n))).singleElement()
                .extracting(Violation::field).isEqualTo("dictionary");
    }

    @Test
    void knownCompetencyAcceptsDictionaryCompetenciesInAnyCase() {
        NormFunction n = norm("N1", List.of(req("integriteit", C), req("KLANTGERICHTHEID", C)));

        assertThat(ProfileRules.KNOWN_COMPETENCY.violations(n, house(n))).isEmpty();
    }

    @Test
    void knownLevelFiresOnALevelNotDescribedForThatCompetency() {
        NormFunction n = norm("N1", List.of(req("Samenwerken", A)));

        assertThat(ProfileRules.KNOWN_LEVEL.violations(n, house(n))).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("content.competencies[0].level");
            assertThat(v.message()).contains("Niveau A van 'Samenwerken'", "beschreven: C, D");
        });
    }

    @Test
    void knownLevelFiresOnAMissingLevelInAGradedDictionary() {
        NormFunction n = norm("N1", List.of(req("Integriteit", null)));

        assertThat(ProfileRules.KNOWN_LEVEL.violations(n, house(n))).singleElement()
                .extracting(Violation::message).asString().contains("ontbreekt het gedragsniveau");
    }

    @Test
    void knownLevelAcceptsDescribedLevels() {
        NormFunction n = norm("N1", usual());

        assertThat(ProfileRules.KNOWN_LEVEL.violations(n, house(n))).isEmpty();
    }

    @Test
    void knownLevelFiresOnALevelOfACompetencyTheDictionaryOnlyNames() {
        NormFunction n = norm("N1", List.of(req("Integriteit", C), req("Visie", C)));

        assertThat(ProfileRules.KNOWN_COMPETENCY.violations(n, house(n))).isEmpty();
        assertThat(ProfileRules.KNOWN_LEVEL.violations(n, house(n))).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("content.competencies[1].level");
            assertThat(v.message()).contains("'Visie'", "alleen genoemd, niet uitgewerkt");
        });
    }

    @Test
    void noRuleMindsACompetencyTheDictionaryOnlyNamesWhenNobodyAsksIt() {
        NormFunction n = norm("N1", usual());

        assertThat(ProfileRules.all()).allSatisfy(rule -> assertThat(rule.violations(n, house(n)))
                .as(rule.id()).noneMatch(v -> v.message().contains("Visie")));
    }
}
