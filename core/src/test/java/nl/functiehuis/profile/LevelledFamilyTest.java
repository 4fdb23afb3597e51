package nl.functiehuis.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.competency.Dimension;
import org.junit.jupiter.api.Test;

class LevelledFamilyTest {
    private static final List<FunctionLevel> LEVELS = List.of(
            new FunctionLevel("A", ProfileCode.of("9001"), "Adviseur A", "Basis", 4),
            new FunctionLevel("B", ProfileCode.of("9002"), "Adviseur B", "Allround", 5));
    private static final List<Dimension> DOMAINS = List.of(new Dimension("2", "Ondernemen", null));

    private static LevelledFamily family(List<FunctionLevel> levels, List<LevelledRow> factors, List<DomainCompetency> competencies) {
        return new LevelledFamily(ProfileCode.of("9000"), "Adviseur", null, null, null, null, null, null,
                levels, List.of(), factors, List.of(), List.of(), DOMAINS, competencies);
    }

    @Test
    void answersToItsLevelCodes() {
        var f = family(LEVELS, List.of(), List.of());
        assertThat(f.aliases()).extracting(ProfileCode::value).containsExactly("9001", "9002");
        assertThat(f.kind()).isEqualTo(ProfileKind.LEVELLED);
    }

    @Test
    void listsCoreCompetenciesAtEveryLevelAndSpecificOnesAtTheirOwn() {
        var f = family(LEVELS, List.of(), List.of(new DomainCompetency("2", "Klantgerichtheid", null),
                new DomainCompetency("2", "Netwerken", "B")));
        assertThat(f.competenciesAt("A")).extracting(DomainCompetency::competency).containsExactly("Klantgerichtheid");
        assertThat(f.competenciesAt("B")).extracting(DomainCompetency::competency).containsExactly("Klantgerichtheid", "Netwerken");
        assertThat(f.requirements()).hasSize(2);
    }

    @Test
    void rejectsACellForAnUnknownLevel() {
        var row = new LevelledRow("1. Aard", List.of(new LevelCell("C", List.of("x"))));
        assertThatThrownBy(() -> family(LEVELS, List.of(row), List.of()))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("factors[0].cells[0].level");
    }

    @Test
    void rejectsDuplicateLevelCodesAndUnknownDomains() {
        var twice = List.of(LEVELS.get(0), new FunctionLevel("B", ProfileCode.of("9001"), "Adviseur B", null, 5));
        assertThatThrownBy(() -> family(twice, List.of(), List.of())).hasMessageContaining("levels[1].code");
        assertThatThrownBy(() -> family(LEVELS, List.of(), List.of(new DomainCompetency("7", "Visie", null))))
                .hasMessageContaining("competencies[0].domain");
    }

    @Test
    void refusesAFamilyWithoutLevels() {
        assertThatThrownBy(() -> family(List.of(), List.of(), List.of())).hasMessageContaining("levels");
    }
}
