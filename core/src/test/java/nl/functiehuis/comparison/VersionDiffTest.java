package nl.functiehuis.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.Topic;
import org.junit.jupiter.api.Test;

class VersionDiffTest {
    private static final Instant LATER = Instant.parse("2026-02-01T09:00:00Z");

    private static ProfileVersion next(ProfileVersion v, VersionStatus status, FunctionProfile profile) {
        return new ProfileVersion(v.code(), v.number() + 1, status, v.effectiveDate(), "adviseur", LATER, "bewerkt", profile);
    }

    private static NormFunction withContent(NormFunction n, NormContent c) {
        return new NormFunction(n.code(), n.title(), n.groupCode(), n.dictionary(), n.nlqfLevel(), c);
    }

    @Test
    void findsNothingBetweenVersionsThatDifferOnlyInAuthorTimeAndNote() {
        ProfileVersion v1 = Demo.version("VS01.01.02");

        assertThat(VersionDiff.of(v1, next(v1, v1.status(), v1.profile())).isEmpty()).isTrue();
    }

    @Test
    void namesTheCompetencyWhoseLevelChanged() {
        ProfileVersion v1 = Demo.version("VS01.01.02");
        NormFunction n = (NormFunction) v1.profile();
        List<CompetencyRequirement> asked = new ArrayList<>(n.content().competencies());
        CompetencyRequirement second = asked.get(1);
        LevelLetter other = second.level() == LevelLetter.A ? LevelLetter.B : LevelLetter.A;
        asked.set(1, new CompetencyRequirement(second.competency(), other));
        NormContent c = n.content();
        var v2 = next(v1, v1.status(), withContent(n, new NormContent(c.characteristics(), c.criticalSituations(), asked,
                c.knowledge(), c.skills(), c.minimumEducation())));

        List<Change> changes = VersionDiff.of(v1, v2).changes();

        assertThat(changes).singleElement().satisfies(ch -> {
            assertThat(ch.path()).isEqualTo("content.competencies[1].level");
            assertThat(ch.trail()).containsExactly("content", "competencies", second.competency(), "level");
            assertThat(ch.kind()).isEqualTo(Change.Kind.CHANGED);
            assertThat(ch.before()).isEqualTo(second.level().name());
            assertThat(ch.after()).isEqualTo(other.name());
        });
    }

    @Test
    void reportsAnAddedAndARemovedItemWithTheirText() {
        ProfileVersion v1 = Demo.version("VS01.01.02");
        NormFunction n = (NormFunction) v1.profile();
        NormContent c = n.content();
        List<Topic> knowledge = new ArrayList<>(c.knowledge());
        Topic removed = knowledge.removeFirst();
        knowledge.add(new Topic("Archiefwet", "Kent de bewaartermijnen."));
        List<String> characteristics = new ArrayList<>(c.characteristics());
        characteristics.add("Werkt ook op zaterdag.");
        var v2 = next(v1, VersionStatus.CONCEPT, withContent(n, new NormContent(characteristics, c.criticalSituations(),
                c.competencies(), knowledge, c.skills(), c.minimumEducation())));

        List<Change> changes = VersionDiff.of(v1, v2).changes();

        assertThat(changes).extracting(Change::path, Change::kind).containsExactly(
                tuple("status", Change.Kind.CHANGED),
                tuple("content.characteristics[" + c.characteristics().size() + "]", Change.Kind.ADDED),
                tuple("content.knowledge[0]", Change.Kind.REMOVED),
                tuple("content.knowledge[" + (knowledge.size() - 1) + "]", Change.Kind.ADDED));
        assertThat(changes.getFirst().before()).isEqualTo(VersionStatus.DEFINITIEF.label());
        assertThat(changes.get(2).before()).startsWith(removed.name() + " · ");
        assertThat(changes.get(3).after()).isEqualTo("Archiefwet · Kent de bewaartermijnen.");
        assertThat(changes.get(3).trail()).containsExactly("content", "knowledge", "Archiefwet");
    }

    @Test
    void reportsAnEditedTextInAListAsAChangeInPlace() {
        ProfileVersion v1 = Demo.version("VS01.01.02");
        NormFunction n = (NormFunction) v1.profile();
        NormContent c = n.content();
        List<String> characteristics = new ArrayList<>(c.characteristics());
        characteristics.set(0, "Nieuwe eerste zin.");
        var v2 = next(v1, v1.status(), withContent(n, new NormContent(characteristics, c.criticalSituations(),
                c.competencies(), c.knowledge(), c.skills(), c.minimumEducation())));

        assertThat(VersionDiff.of(v1, v2).changes()).singleElement().satisfies(ch -> {
            assertThat(ch.path()).isEqualTo("content.characteristics[0]");
            assertThat(ch.trail()).containsExactly("content", "characteristics", "#1");
            assertThat(ch.before()).isEqualTo(c.characteristics().getFirst());
            assertThat(ch.after()).isEqualTo("Nieuwe eerste zin.");
        });
    }

    @Test
    void reportsAChangedEffectiveDate() {
        ProfileVersion v1 = Demo.version("VS01.01.02");
        var v2 = new ProfileVersion(v1.code(), 2, v1.status(), LocalDate.of(2026, 7, 1), "adviseur", LATER, null, v1.profile());

        assertThat(VersionDiff.of(v1, v2).changes()).singleElement().satisfies(ch -> {
            assertThat(ch.path()).isEqualTo("effectiveDate");
            assertThat(ch.after()).isEqualTo("2026-07-01");
        });
    }

    @Test
    void refusesVersionsOfTwoProfiles() {
        assertThatThrownBy(() -> VersionDiff.of(Demo.version("VS01.01.02"), Demo.version("VS01.01.04")))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("ander profiel");
    }
}
