package nl.functiehuis.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.functiehuis.InvalidValue;
import org.junit.jupiter.api.Test;

class CompetencyDictionaryTest {
    private static final Dimension PERSONAL = new Dimension("persoonlijk", "Persoonlijk", null);

    private static Competency integrity(List<BehaviourLevel> levels) {
        return new Competency("Integriteit", "persoonlijk", "Eerlijk handelen.", levels);
    }

    @Test
    void findsCompetenciesIgnoringCase() {
        var dictionary = new CompetencyDictionary("d", "D", LevelScale.LETTERS_A_TO_D, List.of(PERSONAL),
                List.of(integrity(List.of(new BehaviourLevel(LevelLetter.C, "handelen", List.of("Meldt fouten."))))));
        assertThat(dictionary.find("integriteit")).isPresent();
        assertThat(dictionary.find("Integriteit").orElseThrow().level(LevelLetter.C)).isPresent();
        assertThat(dictionary.find("Integriteit").orElseThrow().level(LevelLetter.A)).isEmpty();
    }

    @Test
    void keepsLevelsHeaviestFirst() {
        var competency = integrity(List.of(new BehaviourLevel(LevelLetter.D, "d", List.of()),
                new BehaviourLevel(LevelLetter.A, "a", List.of())));
        assertThat(competency.levels()).extracting(BehaviourLevel::letter).containsExactly(LevelLetter.A, LevelLetter.D);
    }

    @Test
    void rejectsACompetencyInAnUnknownDimension() {
        var stray = new Competency("Visie", "conceptueel", null, List.of());
        assertThatThrownBy(() -> new CompetencyDictionary("d", "D", LevelScale.LETTERS_A_TO_D, List.of(PERSONAL), List.of(stray)))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("competencies[0].dimension");
    }

    @Test
    void rejectsTheSameNameTwice() {
        var a = integrity(List.of());
        var b = new Competency("INTEGRITEIT", "persoonlijk", null, List.of());
        assertThatThrownBy(() -> new CompetencyDictionary("d", "D", LevelScale.LETTERS_A_TO_D, List.of(PERSONAL), List.of(a, b)))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("competencies[1].name");
    }

    @Test
    void rejectsLevelsInADictionaryWithoutLevels() {
        var graded = integrity(List.of(new BehaviourLevel(LevelLetter.B, "b", List.of())));
        assertThatThrownBy(() -> new CompetencyDictionary("d", "D", LevelScale.NONE, List.of(PERSONAL), List.of(graded)))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("geen gedragsniveaus");
    }

    @Test
    void rejectsTheSameLevelTwice() {
        var twice = List.of(new BehaviourLevel(LevelLetter.B, "b", List.of()), new BehaviourLevel(LevelLetter.B, "c", List.of()));
        assertThatThrownBy(() -> integrity(twice)).isInstanceOf(InvalidValue.class).hasMessageContaining("levels[1].letter");
    }

    @Test
    void holdsACompetencyThatIsOnlyNamed() {
        var named = new Competency("Visie", "persoonlijk", null, List.of());
        var dictionary = new CompetencyDictionary("d", "D", LevelScale.LETTERS_A_TO_D, List.of(PERSONAL),
                List.of(integrity(List.of()), named));
        assertThat(dictionary.find("visie").orElseThrow().described()).isFalse();
        assertThat(dictionary.find("visie").orElseThrow().level(LevelLetter.C)).isEmpty();
        assertThat(dictionary.find("Integriteit").orElseThrow().described()).isTrue();
    }
}
