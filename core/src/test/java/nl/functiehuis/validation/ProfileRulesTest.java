package nl.functiehuis.validation;

import static nl.functiehuis.competency.LevelLetter.B;
import static nl.functiehuis.competency.LevelLetter.C;
import static nl.functiehuis.validation.ValidationFixtures.content;
import static nl.functiehuis.validation.ValidationFixtures.house;
import static nl.functiehuis.validation.ValidationFixtures.norm;
import static nl.functiehuis.validation.ValidationFixtures.req;
import static nl.functiehuis.validation.ValidationFixtures.usual;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.profile.GenericProfile;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.ProfileCode;
import nl.functiehuis.profile.Section;
import org.junit.jupiter.api.Test;

/** The simple profile rules, each firing on a tiny profile that breaks it and silent on one that keeps it. */
class ProfileRulesTest {

    @Test
    void maxFiveFiresOnSixCompetenciesAndNamesTheOnesBeyondFive() {
        var six = new ArrayList<>(usual());
        six.add(req("Analyseren", C));
        six.add(req("Zelfreflectie", C));
        NormFunction n = norm("N1", six);

        List<Violation> found = ProfileRules.MAX_FIVE.violations(n, house(n));

        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("CB-MAX-5");
            assertThat(v.severity()).isEqualTo(Severity.FOUT);
            assertThat(v.field()).isEqualTo("content.competencies");
            assertThat(v.message()).contains("6 competenties", "hoogstens 5", "Zelfreflectie");
        });
    }

    @Test
    void maxFiveAcceptsFiveCompetencies() {
        var five = new ArrayList<>(usual());
        five.add(req("Analyseren", C));
        NormFunction n = norm("N1", five);

        assertThat(ProfileRules.MAX_FIVE.violations(n, house(n))).isEmpty();
    }

    @Test
    void emptyDimensionsNamesTheDimensionLeftEmptyAsInfo() {
        NormFunction n = norm("N1", usual());

        assertThat(ProfileRules.EMPTY_DIMENSIONS.violations(n, house(n))).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.INFO);
            assertThat(v.message()).startsWith("De dimensie Conceptueel blijft leeg");
        });
    }

    @Test
    void emptyDimensionsIsSilentWhenEveryDimensionIsAsked() {
        var all = new ArrayList<>(usual());
        all.add(req("Analyseren", C));
        NormFunction n = norm("N1", all);

        assertThat(ProfileRules.EMPTY_DIMENSIONS.violations(n, house(n))).isEmpty();
    }

    @Test
    void requiredSectionsFiresForEachMissingPartOfANormFunction() {
        NormContent full = content(usual(), 3);
        NormContent lacking = new NormContent(full.characteristics(), List.of(), full.competencies(), List.of(),
                List.of(), null);
        NormFunction n = norm("N1", "Medewerker", "3", lacking);

        assertThat(ProfileRules.REQUIRED_SECTIONS.violations(n, house(n))).extracting(Violation::field)
                .containsExactly("content.criticalSituations", "content.knowledge", "content.minimumEducation");
    }

    @Test
    void requiredSectionsAcceptsACompleteNormFunctionAndFamily() {
        NormFunction n = norm("N1", usual());
        var family = FamilyFixtures.family(FamilyFixtures.core());

        assertThat(ProfileRules.REQUIRED_SECTIONS.violations(n, house(n))).isEmpty();
        assertThat(ProfileRules.REQUIRED_SECTIONS.violations(family, house(family))).isEmpty();
    }

    @Test
    void requiredSectionsFiresForAFamilyLevelWithoutScale() {
        var family = FamilyFixtures.family(4, null, 6, "MBO 3", "MBO 3", "MBO 4", FamilyFixtures.core());

        assertThat(ProfileRules.REQUIRED_SECTIONS.violations(family, house(family))).extracting(Violation::field)
                .containsExactly("levels[1].scale");
    }

    @Test
    void unstructuredFiresOnAGenericProfileOnly() {
        var generic = new GenericProfile(ProfileCode.of("X1"), "Onbekend", null, "doc.txt",
                List.of(new Section("Taken", List.of("Doet iets."))));
        NormFunction n = norm("N1", usual());

        assertThat(ProfileRules.UNSTRUCTURED.violations(generic, house(generic))).singleElement()
                .extracting(Violation::severity).isEqualTo(Severity.INFO);
        assertThat(ProfileRules.UNSTRUCTURED.violations(n, house(n))).isEmpty();
    }

    @Test
    void rulesOnlyLookAtTheKindsTheyAreAbout() {
        var family = FamilyFixtures.family(FamilyFixtures.core());
        NormFunction n = norm("N1", List.of(req("Integriteit", B)));

        assertThat(ProfileRules.UWV_CORE.violations(n, house(n))).isEmpty();
        assertThat(ProfileRules.MAX_FIVE.violations(family, house(family))).isEmpty();
        assertThat(ProfileRules.ENRICHED_BASE.violations(n, house(n))).isEmpty();
    }
}
