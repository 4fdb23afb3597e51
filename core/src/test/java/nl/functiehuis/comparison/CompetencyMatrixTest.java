package nl.functiehuis.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.GenericProfile;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.ProfileCode;
import org.junit.jupiter.api.Test;

class CompetencyMatrixTest {

    private static CompetencyMatrix group(List<FunctionProfile> profiles) {
        return CompetencyMatrix.of("VS01.01", List.of(new CompetencyMatrix.Band(null, profiles)), Demo.dictionaries());
    }

    @Test
    void listsEveryDictionaryCompetencyGroupedByDimensionInDictionaryOrder() {
        CompetencyMatrix matrix = group(Demo.group("VS01.01"));

        var dictionary = Demo.dictionaries().getFirst();
        assertThat(matrix.groups()).extracting(g -> g.dimension().code())
                .containsExactly("persoonlijk", "conceptueel", "relationeel", "operationeel");
        assertThat(matrix.competencies()).hasSize(dictionary.competencies().size());
        assertThat(matrix.groups().getFirst().competencies())
                .containsExactlyElementsOf(dictionary.inDimension("persoonlijk").stream().map(c -> c.name()).toList());
    }

    @Test
    void showsTheLevelLetterWithTheLevelNameAsHint() {
        CompetencyMatrix matrix = group(Demo.group("VS01.01"));

        MatrixRow first = matrix.rows().getFirst();
        CompetencyRequirement asked = first.subject().profile().requirements().getFirst();
        int column = matrix.competencies().indexOf(asked.competency());
        String levelName = Demo.dictionaries().getFirst().find(asked.competency()).orElseThrow()
                .level(asked.level()).orElseThrow().name();

        assertThat(first.cells().get(column).text()).isEqualTo(asked.level().name());
        assertThat(first.cells().get(column).hint()).isEqualTo("niveau " + asked.level() + ": " + levelName);
        assertThat(first.cells()).filteredOn(c -> !(c instanceof Cell.Absent)).hasSize(first.subject().profile().requirements().size());
    }

    @Test
    void foldsAnEnrichedProfileThatAsksWhatItsBaseAsksIntoTheBaseRow() {
        CompetencyMatrix matrix = group(Demo.group("VS01.01"));

        assertThat(matrix.rows()).extracting(r -> r.code().value())
                .containsExactly("VS01.01.02", "VS01.01.04", "VS01.01.06", "VS01.01.08");
        assertThat(matrix.rows().get(1).sharedBy()).extracting(ProfileCode::value).containsExactly("VS01.01.04/VP");
    }

    @Test
    void keepsAnEnrichedProfileThatAsksOtherwiseAsARowOfItsOwn() {
        List<FunctionProfile> profiles = new ArrayList<>(Demo.group("VS01.01"));
        EnrichedProfile e = (EnrichedProfile) Demo.profile("VS01.01.04/VP");
        List<CompetencyRequirement> asked = new ArrayList<>(e.content().competencies());
        asked.set(0, new CompetencyRequirement(asked.getFirst().competency(), LevelLetter.A));
        NormContent c = e.content();
        profiles.replaceAll(p -> p != e ? p : new EnrichedProfile(e.code(), e.title(), e.subtitle(), e.baseCode(), e.groupCode(),
                e.dictionary(), new NormContent(c.characteristics(), c.criticalSituations(), asked, c.knowledge(), c.skills(),
                c.minimumEducation()), e.qualifications()));

        CompetencyMatrix matrix = group(profiles);

        assertThat(matrix.rows()).extracting(r -> r.code().value()).contains("VS01.01.04/VP");
        assertThat(matrix.rows()).allSatisfy(r -> assertThat(r.sharedBy()).isEmpty());
    }

    @Test
    void putsACompetencyNoDictionaryHoldsUnderOverigAtTheEnd() {
        NormFunctionBuilder b = NormFunctionBuilder.of("X.1", new CompetencyRequirement("Jongleren", LevelLetter.B));

        CompetencyMatrix matrix = group(List.of(Demo.profile("VS01.01.02"), b.build()));

        assertThat(matrix.groups().getLast().dimension().name()).isEqualTo("Overig");
        assertThat(matrix.groups().getLast().competencies()).containsExactly("Jongleren");
        assertThat(matrix.rows().getLast().cells().getLast()).isEqualTo(new Cell.Level(LevelLetter.B, null));
        assertThat(matrix.rows().getLast().cells().getLast().hint()).isEqualTo("niveau B");
    }

    @Test
    void givesAFamilyARowPerLevelAndColumnsPerDomain() {
        CompetencyMatrix matrix = group(List.of(Demo.profile("VS-3100")));

        assertThat(matrix.rows()).extracting(r -> r.code().value()).containsExactly("VS-3101", "VS-3102", "VS-3103");
        assertThat(matrix.groups()).extracting(g -> g.dimension().code()).containsExactly("1", "2", "3", "4", "5", "6");
        int core = matrix.competencies().indexOf("Klantgerichtheid");
        int onlyC = matrix.competencies().indexOf("Coachen");
        assertThat(matrix.rows()).allSatisfy(r -> assertThat(r.cells().get(core)).isEqualTo(new Cell.Asked(true)));
        assertThat(matrix.rows()).extracting(r -> r.cells().get(onlyC).text()).containsExactly("", "", "✓");
    }

    @Test
    void givesAProfileOfAnUnrecognisedLayoutNoRow() {
        var generic = new GenericProfile(ProfileCode.of("G-1"), "Onbekend", "VS01.01", null, List.of());

        CompetencyMatrix matrix = group(List.of(Demo.profile("VS01.01.02"), generic));

        assertThat(matrix.rows()).extracting(r -> r.code().value()).containsExactly("VS01.01.02");
    }

    @Test
    void refusesRowsWhoseCellsDoNotMatchTheColumns() {
        var groups = group(Demo.group("VS01.01")).groups();
        var row = new MatrixRow(new Subject(Demo.profile("VS01.01.02"), null), null, List.of(Cell.ABSENT), List.of());

        assertThatThrownBy(() -> new CompetencyMatrix("x", groups, List.of(row))).isInstanceOf(InvalidValue.class)
                .hasMessageContaining("cellen");
    }
}
