package nl.functiehuis.house;

import nl.functiehuis.snapshot.HouseSnapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.demo.DemoHouse;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.NormFunction;
import org.junit.jupiter.api.Test;

class HouseIntegrityTest {
    private static final HouseSnapshot DEMO = DemoHouse.snapshot(Instant.parse("2026-01-01T00:00:00Z"));
    private static final HouseIntegrity INTEGRITY = new HouseIntegrity(DEMO.dictionaries(), DEMO.series());

    private static NormFunction asking(CompetencyRequirement... requirements) {
        var base = (NormFunction) DEMO.profiles().getFirst().profile();
        var c = base.content();
        var content = new NormContent(c.characteristics(), c.criticalSituations(), List.of(requirements), c.knowledge(),
                c.skills(), c.minimumEducation());
        return new NormFunction(base.code(), base.title(), base.groupCode(), base.dictionary(), base.nlqfLevel(), content);
    }

    @Test
    void acceptsTheDemoHouse() {
        DEMO.profiles().forEach(v -> assertThat(INTEGRITY.check(v.profile(), "profile")).isEmpty());
    }

    @Test
    void reportsAnUnknownCompetencyWithItsPlace() {
        var problems = INTEGRITY.check(asking(new CompetencyRequirement("Integriteit", LevelLetter.B),
                new CompetencyRequirement("Toveren", LevelLetter.B)), "profile");
        assertThat(problems).extracting(Problem::field).containsExactly("profile.content.competencies[1].competency");
        assertThat(problems.getFirst().message()).contains("Toveren");
    }

    @Test
    void reportsAMissingLevel() {
        var problems = INTEGRITY.check(asking(new CompetencyRequirement("Integriteit", null)), "p");
        assertThat(problems).extracting(Problem::field).containsExactly("p.content.competencies[0].level");
    }

    @Test
    void reportsAnUnknownGroupAndDictionary() {
        var base = asking(new CompetencyRequirement("Integriteit", LevelLetter.B));
        var stray = new NormFunction(base.code(), base.title(), "X.99", "onbekend", null, base.content());
        assertThat(INTEGRITY.check(stray, "profile")).extracting(Problem::field)
                .containsExactly("profile.groupCode", "profile.dictionary");
    }
}
