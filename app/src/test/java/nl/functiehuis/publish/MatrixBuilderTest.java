package nl.functiehuis.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.functiehuis.competency.BehaviourLevel;
import nl.functiehuis.competency.Competency;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.competency.Dimension;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.competency.LevelScale;
import nl.functiehuis.demo.DemoHouse;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.ProfileCode;
import nl.functiehuis.publish.CompetencyMatrix.Band;
import nl.functiehuis.publish.CompetencyMatrix.Cell;
import nl.functiehuis.publish.CompetencyMatrix.Column;
import org.junit.jupiter.api.Test;

class MatrixBuilderTest {
    static final CompetencyDictionary DICTIONARY = new CompetencyDictionary("d", "Proefwoordenboek", LevelScale.LETTERS_A_TO_D,
            List.of(new Dimension("p", "Persoonlijk", null), new Dimension("r", "Relationeel", null)),
            List.of(competency("Samenwerken", "r"), competency("Integriteit", "p"), competency("Klantgerichtheid", "r")));

    @Test
    void bandsRowsByDimensionInTheDictionarysOrderWithTheLevelPerColumn() {
        CompetencyMatrix m = only(List.of(norm("X.01", "Klantgerichtheid", LevelLetter.B, "integriteit", LevelLetter.C),
                norm("X.02", "Samenwerken", LevelLetter.D)));

        assertThat(m.columns()).extracting(Column::code).containsExactly("X.01", "X.02");
        assertThat(m.bands()).extracting(Band::name).containsExactly("Persoonlijk", "Relationeel");
        assertThat(m.bands().get(1).rows()).extracting(CompetencyMatrix.Row::competency)
                .containsExactly("Samenwerken", "Klantgerichtheid");
        assertThat(m.bands().get(0).rows().getFirst().cells())
                .containsExactly(new Cell("C", "niveau C van Integriteit"), Cell.EMPTY);
        assertThat(m.legend()).contains("niet cumulatief");
    }

    @Test
    void putsCompetenciesTheDictionaryLacksInABandOfTheirOwn() {
        CompetencyMatrix m = only(List.of(norm("X.01", "Klantgerichtheid", LevelLetter.B, "Lachen", LevelLetter.A)));

        assertThat(m.bands()).extracting(Band::name).containsExactly("Relationeel", "Niet in het woordenboek");
        assertThat(m.bands().get(1).rows().getFirst().cells()).containsExactly(new Cell("A", null));
    }

    @Test
    void leavesOutAnEnrichedProfileThatAsksWhatItsBaseAsks() {
        NormFunction base = norm("X.01", "Klantgerichtheid", LevelLetter.B);
        CompetencyMatrix same = only(List.of(base, enriched(base, base.content())));
        NormContent other = new NormContent(List.of(), List.of(), List.of(new CompetencyRequirement("Klantgerichtheid",
                LevelLetter.A)), List.of(), List.of(), null);
        CompetencyMatrix different = only(List.of(base, enriched(base, other)));

        assertThat(same.columns()).extracting(Column::code).containsExactly("X.01");
        assertThat(same.legend()).contains("geen eigen kolom");
        assertThat(different.columns()).extracting(Column::code).containsExactly("X.01", "X.01/VP");
        assertThat(different.legend()).doesNotContain("geen eigen kolom");
        assertThat(different.columns().get(1).label()).isEqualTo("Functie X.01 (Verrijkt)");
    }

    @Test
    void marksTheCoreCompetenciesOfAFamilyAtEveryLevel() {
        LevelledFamily family = demoFamily();

        CompetencyMatrix m = MatrixBuilder.family(family);

        assertThat(m.columns()).hasSize(family.levels().size());
        assertThat(m.bands()).allSatisfy(b -> assertThat(b.rows()).isNotEmpty());
        var rows = m.bands().stream().flatMap(b -> b.rows().stream()).toList();
        assertThat(rows).filteredOn(r -> "kern".equals(r.note())).isNotEmpty()
                .allSatisfy(r -> assertThat(r.cells()).extracting(Cell::mark).containsOnly(MatrixBuilder.ASKED));
        assertThat(rows).filteredOn(r -> r.note() == null).isNotEmpty()
                .allSatisfy(r -> assertThat(r.cells()).extracting(Cell::mark).contains(""));
    }

    @Test
    void splitsAWideMatrixIntoPartsWithoutRowsThatAskNothingThere() {
        CompetencyMatrix m = only(List.of(norm("X.01", "Samenwerken", LevelLetter.B), norm("X.02", "Integriteit", LevelLetter.C),
                norm("X.03", "Integriteit", LevelLetter.D)));

        List<CompetencyMatrix> parts = m.parts(2);

        assertThat(m.parts(3)).containsExactly(m);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).columns()).extracting(Column::code).containsExactly("X.01", "X.02");
        assertThat(parts.get(1).columns()).extracting(Column::code).containsExactly("X.03");
        assertThat(parts.get(1).bands()).extracting(Band::name).containsExactly("Persoonlijk");
    }

    @Test
    void makesNoMatrixForProfilesThatAskNoCompetencies() {
        assertThat(MatrixBuilder.of(List.of(norm("X.01")), Map.of("d", DICTIONARY))).isEmpty();
    }

    private static CompetencyMatrix only(List<FunctionProfile> profiles) {
        List<CompetencyMatrix> matrices = MatrixBuilder.of(profiles, Map.of("d", DICTIONARY));
        assertThat(matrices).hasSize(1);
        return matrices.getFirst();
    }

    private static NormFunction norm(String code, Object... asked) {
        List<CompetencyRequirement> requirements = new java.util.ArrayList<>();
        for (int i = 0; i < asked.length; i += 2) {
            requirements.add(new CompetencyRequirement((String) asked[i], (LevelLetter) asked[i + 1]));
        }
        return new NormFunction(ProfileCode.of(code), "Functie " + code, "X", "d", null,
                new NormContent(List.of(), List.of(), requirements, List.of(), List.of(), null));
    }

    private static EnrichedProfile enriched(NormFunction base, NormContent content) {
        return new EnrichedProfile(ProfileCode.of(base.code() + "/VP"), base.title(), "Verrijkt", base.code(), "X", "d",
                content, List.of());
    }

    private static Competency competency(String name, String dimension) {
        List<BehaviourLevel> levels = java.util.Arrays.stream(LevelLetter.values())
                .map(l -> new BehaviourLevel(l, "niveau " + l + " van " + name, List.of())).toList();
        return new Competency(name, dimension, null, levels);
    }

    static LevelledFamily demoFamily() {
        return DemoHouse.snapshot(Instant.EPOCH).profiles().stream().map(ProfileVersion::profile)
                .filter(LevelledFamily.class::isInstance).map(LevelledFamily.class::cast).findFirst().orElseThrow();
    }
}
