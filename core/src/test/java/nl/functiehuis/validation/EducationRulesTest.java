package nl.functiehuis.validation;

import static nl.functiehuis.competency.LevelLetter.B;
import static nl.functiehuis.validation.ValidationFixtures.content;
import static nl.functiehuis.validation.ValidationFixtures.enriched;
import static nl.functiehuis.validation.ValidationFixtures.house;
import static nl.functiehuis.validation.ValidationFixtures.norm;
import static nl.functiehuis.validation.ValidationFixtures.req;
import static nl.functiehuis.validation.ValidationFixtures.usual;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.NormFunction;
import org.junit.jupiter.api.Test;

/** OPL-NLQF and VP-BASIS: minimum education against the NLQF level, enriched profiles against their base. */
class EducationRulesTest {

    @Test
    void nlqfFiresWhenTheMinimumEducationIsBelowTheLowestNlqfLevel() {
        NormFunction n = norm("N1", "Medewerker", "4/6", content(usual(), 2));

        assertThat(ProfileRules.EDUCATION_NLQF.violations(n, house(n))).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WAARSCHUWING);
            assertThat(v.field()).isEqualTo("content.minimumEducation");
            assertThat(v.message()).contains("(MBO 2) ligt onder NLQF-niveau 4/6", "ten minste niveau 4");
        });
    }

    @Test
    void nlqfFiresWhenTheMinimumEducationNamesNoLevel() {
        NormFunction n = norm("N1", "Medewerker", "4", content(usual(), null));

        assertThat(ProfileRules.EDUCATION_NLQF.violations(n, house(n))).singleElement()
                .extracting(Violation::message).asString().contains("noemt geen niveau");
    }

    @Test
    void nlqfAcceptsEducationAtTheLowestLevelOfARange() {
        NormFunction n = norm("N1", "Medewerker", "2/3", content(usual(), 2));

        assertThat(ProfileRules.EDUCATION_NLQF.violations(n, house(n))).isEmpty();
    }

    @Test
    void nlqfChecksAnEnrichedProfileAgainstItsBasesLevel() {
        NormFunction base = norm("N1", "Medewerker", "4", content(usual(), 4));
        EnrichedProfile low = enriched(base, content(usual(), 3));
        EnrichedProfile same = enriched(base, content(usual(), 4));

        assertThat(ProfileRules.EDUCATION_NLQF.violations(low, house(base, low))).hasSize(1);
        assertThat(ProfileRules.EDUCATION_NLQF.violations(same, house(base, same))).isEmpty();
    }

    @Test
    void enrichedBaseFiresOnOtherEducationAndOtherLevels() {
        NormFunction base = norm("N1", "Medewerker", "3", content(usual(), 3));
        var changed = new ArrayList<>(usual());
        changed.set(0, req("Integriteit", B));
        EnrichedProfile vp = enriched(base, content(changed, 4));

        assertThat(ProfileRules.ENRICHED_BASE.violations(vp, house(base, vp))).extracting(Violation::field)
                .containsExactly("content.competencies[0].level", "content.minimumEducation");
        assertThat(ProfileRules.ENRICHED_BASE.violations(vp, house(base, vp)).getLast().message())
                .contains("(MBO 4) wijkt af van die van basisprofiel N1 (MBO 3)");
    }

    @Test
    void enrichedBaseFiresWhenTheBaseIsMissing() {
        NormFunction base = norm("N1", usual());
        EnrichedProfile vp = enriched(base, base.content());

        assertThat(ProfileRules.ENRICHED_BASE.violations(vp, house(vp))).singleElement()
                .extracting(Violation::field).isEqualTo("baseCode");
    }

    @Test
    void enrichedBaseAcceptsAFaithfulCopy() {
        NormFunction base = norm("N1", usual());
        EnrichedProfile vp = enriched(base, base.content());

        assertThat(ProfileRules.ENRICHED_BASE.violations(vp, house(base, vp))).isEmpty();
    }
}
