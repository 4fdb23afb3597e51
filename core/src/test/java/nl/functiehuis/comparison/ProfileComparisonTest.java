package nl.functiehuis.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.competency.LevelLetter;
import org.junit.jupiter.api.Test;

class ProfileComparisonTest {

    private static ProfileComparison compare(List<Subject> subjects) {
        return ProfileComparison.of(subjects, Demo.dictionaries());
    }

    private static Subject norm(String code) {
        return new Subject(Demo.profile(code), null);
    }

    private static ComparedLine line(ProfileComparison c, String section, String label) {
        return c.section(section).orElseThrow().lines().stream().filter(l -> l.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("geen regel " + label + " in " + section));
    }

    @Test
    void refusesFewerThanTwoOrMoreThanFiveSubjects() {
        assertThatThrownBy(() -> compare(List.of(norm("VS01.01.02")))).isInstanceOf(InvalidValue.class)
                .hasMessageContaining("kies 2 tot 5");
        var six = List.of(norm("VS01.01.02"), norm("VS01.01.04"), norm("VS01.01.06"), norm("VS01.01.08"),
                norm("VS01.01.04/VP"), norm("VS-2040"));
        assertThatThrownBy(() -> compare(six)).isInstanceOf(InvalidValue.class).hasMessageContaining("gekozen: 6");
    }

    @Test
    void refusesTheSameSubjectTwice() {
        assertThatThrownBy(() -> compare(List.of(norm("VS01.01.02"), norm("VS01.01.02"))))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("twee keer");
    }

    @Test
    void comparesTheLevelsOfAFamilyOnScaleAndOnCompetenciesPerDomain() {
        ProfileComparison c = compare(Subject.of(Demo.profile("VS-3100")));

        assertThat(line(c, "algemeen", "Schaal").values()).extracting(ComparedValue::text)
                .containsExactly("schaal 5", "schaal 6", "schaal 7");
        assertThat(line(c, "algemeen", "Schaal").differs()).isTrue();
        assertThat(line(c, "algemeen", "Soort").differs()).isFalse();
        var competencies = c.section("competenties").orElseThrow();
        assertThat(competencies.groups()).extracting(LineGroup::label).containsExactly("1 Management en leidinggeven",
                "2 Ondernemen", "3 Analyse en besluitvorming", "4 Communicatie", "5 Persoonlijk gedrag", "6 Motivatie");
        assertThat(line(c, "competenties", "Klantgerichtheid").differs()).isFalse();
        assertThat(line(c, "competenties", "Coachen").values()).extracting(ComparedValue::text).containsExactly("—", "—", "✓");
        assertThat(line(c, "competenties", "Coachen").differs()).isTrue();
    }

    @Test
    void comparesTheDifferentiatingFactorsOfAFamilyPerLevel() {
        ProfileComparison c = compare(Subject.of(Demo.profile("VS-3100")));

        var factors = c.section("factoren").orElseThrow();
        assertThat(factors.lines()).isNotEmpty().allSatisfy(l -> assertThat(l.values()).hasSize(3));
        assertThat(factors.differences()).isPositive();
    }

    @Test
    void comparesNormFunctionsOnLevelsEducationAndTopics() {
        ProfileComparison c = compare(List.of(norm("VS01.01.02"), norm("VS01.01.08")));

        assertThat(c.section("competenties").orElseThrow().groups()).isNotEmpty()
                .allSatisfy(g -> assertThat(g.label()).isIn("Persoonlijk", "Conceptueel", "Relationeel", "Operationeel"));
        ComparedLine first = c.section("competenties").orElseThrow().lines().getFirst();
        String letter = first.values().getFirst().text();
        assertThat(first.values().getFirst().hint()).isEqualTo(Demo.dictionaries().getFirst().find(first.label())
                .orElseThrow().level(nl.functiehuis.competency.LevelLetter.valueOf(letter)).orElseThrow().name());
        assertThat(line(c, "algemeen", "NLQF-niveau").values()).extracting(ComparedValue::text)
                .containsExactly("NLQF 4", "NLQF 2");
        assertThat(c.section("kennis")).isPresent();
    }

    @Test
    void treatsCaseDashesSpacingAndAClosingFullStopAsTheSame() {
        var same = new ComparedLine("x", List.of(ComparedValue.of("Processen en –procedures."),
                ComparedValue.of("processen  en -procedures")));
        var other = new ComparedLine("x", List.of(ComparedValue.of("Processen"), ComparedValue.of("Procedures")));

        assertThat(same.differs()).isFalse();
        assertThat(other.differs()).isTrue();
    }

    @Test
    void marksNoLineWhenTheSubjectsAskTheSame() {
        Subject a = new Subject(NormFunctionBuilder.of("X.1", new CompetencyRequirement("Integriteit", LevelLetter.B)).build(), null);
        Subject b = new Subject(NormFunctionBuilder.of("X.2", new CompetencyRequirement("integriteit", LevelLetter.B)).build(), null);
        Subject c = new Subject(NormFunctionBuilder.of("X.3", new CompetencyRequirement("Integriteit", LevelLetter.C)).build(), null);

        assertThat(compare(List.of(a, b)).differences()).isZero();
        ProfileComparison differing = compare(List.of(a, c));
        assertThat(differing.differences()).isEqualTo(1);
        ComparedLine integrity = differing.section("competenties").orElseThrow().lines().getFirst();
        assertThat(integrity.differsFromFirst(1)).isTrue();
        assertThat(integrity.differsFromFirst(0)).isFalse();
    }

    @Test
    void comparesAProfileWithAFunctionLevelOnTheLinesEitherHas() {
        ProfileComparison c = compare(List.of(norm("VS-2040"), Subject.named(Demo.profile("VS-3100"), "VS-3102").getFirst()));

        assertThat(c.subjects()).extracting(s -> s.code().value()).containsExactly("VS-2040", "VS-3102");
        assertThat(line(c, "algemeen", "Soort").differs()).isTrue();
        assertThat(line(c, "algemeen", "Functieniveau").values()).extracting(ComparedValue::text).containsExactly("—", "B (Gevorderd)");
    }
}
