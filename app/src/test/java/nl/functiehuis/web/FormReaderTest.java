package nl.functiehuis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.demo.DemoHouse;
import nl.functiehuis.house.Problem;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.json.HouseJson;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.NormFunction;
import org.junit.jupiter.api.Test;

class FormReaderTest {
    private final HouseJson json = new HouseJson();

    @Test
    void keepsEveryFieldTheFormDoesNotShow() {
        ProfileVersion v = version("VS01.01.02");
        EditForm form = filled(v);

        var ready = (FormReader.Result.Ready) FormReader.read(form, v.profile(), json);

        assertThat(ready.edit().profile()).isEqualTo(v.profile());
        assertThat(ready.edit().basedOn()).isEqualTo(1);
        assertThat(ready.edit().effectiveDate()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void skipsEmptyCompetencyRowsAndRemembersWhichRowEachCameFrom() {
        ProfileVersion v = version("VS01.01.02");
        var rows = new ArrayList<>(List.of(EditForm.CompetencyRow.EMPTY, new EditForm.CompetencyRow("Integriteit", "C"),
                EditForm.CompetencyRow.EMPTY, new EditForm.CompetencyRow("Klantgerichtheid", "")));
        EditForm form = withRows(filled(v), rows);

        var ready = (FormReader.Result.Ready) FormReader.read(form, v.profile(), json);

        assertThat(((NormFunction) ready.edit().profile()).content().competencies()).containsExactly(
                new CompetencyRequirement("Integriteit", LevelLetter.C), new CompetencyRequirement("Klantgerichtheid", null));
        assertThat(ready.fields().translate(new Problem("profile.content.competencies[1].level", "ontbreekt")))
                .isEqualTo(new Problem("competencies[3]", "ontbreekt"));
    }

    @Test
    void collectsEveryProblemUnderItsFormField() {
        ProfileVersion v = version("VS01.01.02");
        EditForm f = filled(v);
        var form = new EditForm(f.mode(), f.basedOn(), "onzin", "1-1-2026", f.note(), " ", f.characteristics(),
                List.of(new EditForm.CompetencyRow("", "B")), ": zonder naam", f.skills(), "", "Ideaal", f.purpose(),
                f.scale(), f.thinkingLevel(), f.frameworks(), f.professionalCompetencies(), f.levels(), f.json());

        var refused = (FormReader.Result.Refused) FormReader.read(form, v.profile(), json);

        assertThat(refused.problems()).extracting(Problem::field).containsExactlyInAnyOrder(
                "status", "effectiveDate", "competencies[0]", "knowledge", "education", "title");
    }

    @Test
    void refusesJsonForAnotherCode() {
        ProfileVersion v = version("VS01.01.02");
        EditForm f = filled(v);
        String other = json.write(version("VS01.01.06").profile());
        var form = new EditForm(EditForm.JSON, f.basedOn(), f.status(), f.effectiveDate(), f.note(), f.title(),
                f.characteristics(), f.competencies(), f.knowledge(), f.skills(), f.education(), f.educationIdeal(),
                f.purpose(), f.scale(), f.thinkingLevel(), f.frameworks(), f.professionalCompetencies(), f.levels(), other);

        var refused = (FormReader.Result.Refused) FormReader.read(form, v.profile(), json);

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("json");
            assertThat(p.message()).contains("VS01.01.02", "VS01.01.06");
        });
    }

    @Test
    void renamesTheLevelsOfAFamily() {
        ProfileVersion v = version("VS-3100");
        EditForm f = filled(v);
        var levels = List.of(new EditForm.LevelRow("A", "Klantbegeleider A", "6"), new EditForm.LevelRow("B", "", "x"));
        var form = new EditForm(f.mode(), f.basedOn(), f.status(), f.effectiveDate(), f.note(), f.title(),
                f.characteristics(), f.competencies(), f.knowledge(), f.skills(), f.education(), f.educationIdeal(),
                f.purpose(), f.scale(), f.thinkingLevel(), f.frameworks(), f.professionalCompetencies(), levels, f.json());

        var refused = (FormReader.Result.Refused) FormReader.read(form, v.profile(), json);
        assertThat(refused.problems()).extracting(Problem::field).containsExactlyInAnyOrder("levels[1].scale", "levels[1].name");

        var fixed = new ArrayList<>(levels);
        fixed.set(1, new EditForm.LevelRow("B", "Klantbegeleider B", "7"));
        var ready = (FormReader.Result.Ready) FormReader.read(withLevels(form, fixed), v.profile(), json);
        assertThat(((LevelledFamily) ready.edit().profile()).levels()).extracting(l -> l.name() + "/" + l.scale())
                .containsExactly("Klantbegeleider A/6", "Klantbegeleider B/7", "Klantbegeleider C (Senior)/7");
    }

    private EditForm filled(ProfileVersion v) {
        return FormFiller.of(v, json.write(v.profile()));
    }

    private static EditForm withRows(EditForm f, List<EditForm.CompetencyRow> rows) {
        return new EditForm(f.mode(), f.basedOn(), f.status(), f.effectiveDate(), f.note(), f.title(),
                f.characteristics(), rows, f.knowledge(), f.skills(), f.education(), f.educationIdeal(), f.purpose(),
                f.scale(), f.thinkingLevel(), f.frameworks(), f.professionalCompetencies(), f.levels(), f.json());
    }

    private static EditForm withLevels(EditForm f, List<EditForm.LevelRow> levels) {
        return new EditForm(f.mode(), f.basedOn(), f.status(), f.effectiveDate(), f.note(), f.title(),
                f.characteristics(), f.competencies(), f.knowledge(), f.skills(), f.education(), f.educationIdeal(),
                f.purpose(), f.scale(), f.thinkingLevel(), f.frameworks(), f.professionalCompetencies(), levels, f.json());
    }

    private static ProfileVersion version(String code) {
        return DemoHouse.snapshot(Instant.EPOCH).profiles().stream()
                .filter(v -> v.code().value().equals(code)).findFirst().orElseThrow();
    }
}
