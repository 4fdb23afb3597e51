package nl.functiehuis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.functiehuis.house.Problem;
import org.junit.jupiter.api.Test;

class FormErrorsTest {

    @Test
    void listsProblemsInTheOrderOfTheFormLinkingToTheirInputs() {
        var errors = FormErrors.of(List.of(new Problem("knowledge", "regel 1: fout"), new Problem("", "code: bezet"),
                new Problem("title", "is verplicht"), new Problem("competencies[2]", "onbekend")));

        assertThat(errors.summary()).containsExactly(
                new FormErrors.Entry("f-title", "Titel", "is verplicht"),
                new FormErrors.Entry("f-competencies-2", "Competentie 3", "onbekend"),
                new FormErrors.Entry("f-knowledge", "Kennis", "regel 1: fout"),
                new FormErrors.Entry(null, "Profiel", "code: bezet"));
        assertThat(errors.message("title")).isEqualTo("is verplicht");
        assertThat(errors.has("")).isFalse();
    }

    @Test
    void translatesDomainPathsToFormFields() {
        var fields = new ProblemFields(false, List.of(0, 4));

        assertThat(fields.translate(List.of(
                new Problem("profile.title", "is verplicht"),
                new Problem("profile.content.competencies[1].competency", "onbekend"),
                new Problem("profile.content.minimumEducation.text", "is verplicht"),
                new Problem("profile.levels[2].scale", "te hoog"),
                new Problem("profile.groupCode", "onbekende functiegroep"),
                new Problem("effectiveDate", "ongeldig")))).containsExactly(
                new Problem("title", "is verplicht"),
                new Problem("competencies[4]", "onbekend"),
                new Problem("education", "is verplicht"),
                new Problem("levels[2].scale", "te hoog"),
                new Problem("", "groupCode: onbekende functiegroep"),
                new Problem("effectiveDate", "ongeldig"));
    }

    @Test
    void putsEveryProfileProblemOfTheJsonTabAtTheJsonField() {
        var fields = new ProblemFields(true, List.of());

        assertThat(fields.translate(new Problem("profile.content.competencies[1].level", "ontbreekt")))
                .isEqualTo(new Problem("json", "content.competencies[1].level: ontbreekt"));
    }
}
