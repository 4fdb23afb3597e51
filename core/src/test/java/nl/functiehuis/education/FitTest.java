package nl.functiehuis.education;

import static nl.functiehuis.education.EducationFixtures.enriched;
import static nl.functiehuis.education.EducationFixtures.family;
import static nl.functiehuis.education.EducationFixtures.norm;
import static nl.functiehuis.education.EducationFixtures.organisation;
import static nl.functiehuis.education.EducationFixtures.qualification;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.functiehuis.house.Qualification;
import nl.functiehuis.profile.FunctionProfile;
import org.junit.jupiter.api.Test;

class FitTest {
    private static final List<Qualification> HELD = List.of(qualification("Receptionist", 2),
            qualification("Baliemedewerker", 3), qualification("Juridisch medewerker", 4),
            qualification("Zonder niveau", null));

    private static Fit fit(FunctionProfile... profiles) {
        return new Fit(QualificationCatalog.of(HELD, List.of(profiles)), List.of(profiles));
    }

    private static List<String> names(List<QualificationFit> fits) {
        return fits.stream().map(f -> f.qualification().name()).toList();
    }

    @Test
    void fitsAnEnrichedProfileToItsOwnLinksOnly() {
        var vp = enriched("T01.01.02/VP", "T01.01.02", "Juridisch medewerker");

        ProfileFit fit = fit(vp).of(vp);

        assertThat(fit.range()).isNull();
        assertThat(fit.qualifications()).singleElement().satisfies(q -> {
            assertThat(q.qualification().name()).isEqualTo("Juridisch medewerker");
            assertThat(q.reason()).isEqualTo(FitReason.LINKED);
        });
    }

    @Test
    void fitsANormFunctionToWhatItsEnrichedProfilesLinkAndToQualificationsInItsRange() {
        var n = norm("T01.01.04", "2/3", 2);
        var vp = enriched("T01.01.04/VP", "T01.01.04", "Juridisch medewerker");

        ProfileFit fit = fit(n, vp).of(n);

        assertThat(fit.range()).isEqualTo(new NlqfRange(NlqfLevel.LEVEL_2, NlqfLevel.LEVEL_3));
        assertThat(names(fit.linked())).containsExactly("Juridisch medewerker");
        assertThat(fit.linked().getFirst().reason()).isEqualTo(FitReason.VIA_ENRICHED);
        assertThat(fit.linked().getFirst().via()).extracting(r -> r.code().value()).containsExactly("T01.01.04/VP");
        assertThat(names(fit.onLevel())).containsExactly("Baliemedewerker", "Receptionist");
    }

    @Test
    void leavesOutQualificationsOutsideTheRangeOrWithoutALevel() {
        var n = norm("T01.01.02", "4", 4);

        assertThat(names(fit(n).of(n).qualifications())).containsExactly("Juridisch medewerker");
    }

    @Test
    void spansTheRangeFromTheMinimumEducationToTheNlqfLevel() {
        assertThat(Fit.range(norm("T01.02.02", "4/6", 2))).isEqualTo(new NlqfRange(NlqfLevel.LEVEL_2, NlqfLevel.LEVEL_6));
        assertThat(Fit.range(norm("T01.02.04", "4", null))).isEqualTo(NlqfRange.of(NlqfLevel.LEVEL_4));
        assertThat(Fit.range(norm("T01.02.06", null, 3))).isEqualTo(NlqfRange.of(NlqfLevel.LEVEL_3));
        assertThat(Fit.range(norm("T01.02.08", "3", 4))).isEqualTo(new NlqfRange(NlqfLevel.LEVEL_3, NlqfLevel.LEVEL_4));
        assertThat(Fit.range(norm("T01.02.10", null, null))).isNull();
    }

    @Test
    void fitsNothingOnLevelWhenANormFunctionStatesNoLevel() {
        var n = norm("T01.02.10", null, null);
        var vp = enriched("T01.02.10/VP", "T01.02.10", "Receptionist");

        assertThat(fit(n, vp).of(n).qualifications()).extracting(QualificationFit::reason)
                .containsExactly(FitReason.VIA_ENRICHED);
    }

    @Test
    void matchesAnOrganisationProfileOnItsWorkingLevel() {
        var o = organisation("1400", "MBO-3");
        var unknown = organisation("1401", "n.v.t.");

        assertThat(names(fit(o).of(o).qualifications())).containsExactly("Baliemedewerker");
        assertThat(fit(o).of(o).qualifications()).extracting(QualificationFit::reason).containsOnly(FitReason.LEVEL);
        assertThat(fit(unknown).of(unknown).qualifications()).isEmpty();
    }

    @Test
    void fitsNothingToALevelledFamily() {
        var f = family("3100", "Samenwerken");

        assertThat(fit(f).of(f).qualifications()).isEmpty();
    }

    @Test
    void listsPerQualificationTheFunctionsItPreparesForLinkedFirst() {
        var n = norm("T01.01.04", "3/4", 3);
        var vp = enriched("T01.01.04/VP", "T01.01.04", "Juridisch medewerker");
        var other = norm("T01.01.02", "4", 4);

        List<QualificationFunctions> all = fit(n, vp, other).byQualification();

        QualificationFunctions legal = all.stream().filter(q -> q.qualification().name().equals("Juridisch medewerker"))
                .findFirst().orElseThrow();
        assertThat(legal.preparesFor()).extracting(f -> f.function().code().value() + " " + f.reason())
                .containsExactly("T01.01.04/VP LINKED", "T01.01.04 VIA_ENRICHED");
        assertThat(legal.onLevel()).extracting(f -> f.function().code().value()).containsExactly("T01.01.02");
        QualificationFunctions none = all.stream().filter(q -> q.qualification().name().equals("Zonder niveau"))
                .findFirst().orElseThrow();
        assertThat(none.functions()).isEmpty();
    }
}
