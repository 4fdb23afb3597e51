package nl.functiehuis.web;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.house.Problem;
import nl.functiehuis.house.ProfileVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts the edit page together: the form with its problems and the choices from the profile's dictionary. */
@Component
class EditPages {
    private final ProfileViews views;

    EditPages(ProfileViews views) {
        this.views = views;
    }

    String show(Model model, ProfileVersion latest, ProfileVersion base, EditForm form, List<Problem> problems,
            EditView.@Nullable Conflict conflict) {
        var errors = FormErrors.of(problems, form.levels().stream().map(EditForm.LevelRow::letter).toList());
        CompetencyDictionary dictionary = views.dictionary(base.profile().dictionary());
        EditForm shown = form.withRows(Math.max(EditForm.COMPETENCY_ROWS, form.competencies().size()));
        List<EditView.OptionGroup> options = dictionary == null ? List.of() : dictionary.dimensions().stream()
                .map(d -> new EditView.OptionGroup(d.name(),
                        dictionary.inDimension(d.code()).stream().filter(c -> c.described()).map(c -> c.name()).toList()))
                .filter(g -> !g.names().isEmpty()).toList();
        List<EditView.Row> rows = new ArrayList<>();
        for (int i = 0; i < shown.competencies().size(); i++) {
            rows.add(row(i, shown.competencies().get(i), dictionary));
        }
        model.addAttribute("edit", new EditView(latest, base.profile().kind(), shown, errors, conflict,
                dictionary == null ? null : dictionary.id(), options, rows));
        model.addAttribute("nav", "huis");
        return "edit/form";
    }

    private static EditView.Row row(int index, EditForm.CompetencyRow row, @Nullable CompetencyDictionary dictionary) {
        if (row.competency().isBlank()) {
            return new EditView.Row(index, row, null, true);
        }
        boolean known = dictionary != null && dictionary.find(row.competency()).isPresent();
        LevelLetter letter = RequirementView.letter(row.level());
        return new EditView.Row(index, row, RequirementView.of(row.competency(), letter, dictionary), known);
    }
}
