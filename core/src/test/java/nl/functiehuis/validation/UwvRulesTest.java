package nl.functiehuis.validation;

import static nl.functiehuis.validation.FamilyFixtures.at;
import static nl.functiehuis.validation.FamilyFixtures.core;
import static nl.functiehuis.validation.FamilyFixtures.family;
import static nl.functiehuis.validation.ValidationFixtures.house;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.functiehuis.profile.DomainCompetency;
import org.junit.jupiter.api.Test;

/** UWV-KERN-3 and UWV-SPECIFIEK-5 on levelled families. */
class UwvRulesTest {

    @Test
    void coreFiresOnTwoCoreCompetencies() {
        var f = family(List.of(new DomainCompetency("2", "Klantgerichtheid", null),
                new DomainCompetency("4", "Samenwerken", null), at("A", "Luisteren")));

        assertThat(ProfileRules.UWV_CORE.violations(f, house(f))).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.FOUT);
            assertThat(v.message()).contains("2 (Klantgerichtheid, Samenwerken) kerncompetenties", "precies 3");
        });
    }

    @Test
    void coreAcceptsExactlyThree() {
        var f = family(core(at("A", "Luisteren")));

        assertThat(ProfileRules.UWV_CORE.violations(f, house(f))).isEmpty();
    }

    @Test
    void specificFiresOnSixAtOneLevel() {
        var f = family(core(at("B", "Luisteren"), at("B", "Analyseren"), at("B", "Plannen"), at("B", "Initiatief"),
                at("B", "Overtuigen"), at("B", "Netwerken"), at("C", "Coachen")));

        assertThat(ProfileRules.UWV_SPECIFIC.violations(f, house(f))).singleElement().satisfies(v ->
                assertThat(v.message()).startsWith("Niveau B (F-102) heeft 6 functiespecifieke competenties"));
    }

    @Test
    void specificAcceptsFivePerLevel() {
        var f = family(core(at("B", "Luisteren"), at("B", "Analyseren"), at("B", "Plannen"), at("B", "Initiatief"),
                at("B", "Overtuigen"), at("C", "Netwerken")));

        assertThat(ProfileRules.UWV_SPECIFIC.violations(f, house(f))).isEmpty();
    }
}
