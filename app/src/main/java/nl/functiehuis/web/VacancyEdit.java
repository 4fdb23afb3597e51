package nl.functiehuis.web;

import java.util.List;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.vacancy.Requirement;
import nl.functiehuis.vacancy.SavedVacancy;
import nl.functiehuis.vacancy.VacancyStatus;
import org.jspecify.annotations.Nullable;

/**
 * The edit page of a vacancy: the stored vacancy, the form as typed, its problems, and when the save came
 * too late, the revision someone else saved meanwhile.
 */
record VacancyEdit(SavedVacancy stored, VacancyForm form, VacancyErrors errors, @Nullable SavedVacancy newer) {

    public List<VacancyStatus> statuses() {
        return stored.vacancy().status().reachable().stream().sorted().toList();
    }

    public List<Requirement.Kind> kinds() {
        return List.of(Requirement.Kind.values());
    }

    public List<LevelLetter> letters() {
        return List.of(LevelLetter.values());
    }

    public String id(String field) {
        return FormErrors.id(field);
    }
}
