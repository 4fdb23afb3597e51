package nl.functiehuis.application;

import java.util.List;
import java.util.Optional;
import nl.functiehuis.vacancy.SavedVacancy;
import nl.functiehuis.vacancy.Vacancies;

/** Reads vacancies for the pages, the API and the CLI. */
public final class BrowseVacancies {
    private final Vacancies vacancies;

    public BrowseVacancies(Vacancies vacancies) {
        this.vacancies = vacancies;
    }

    /** Every vacancy, newest first. */
    public List<SavedVacancy> list() {
        return vacancies.list();
    }

    public Optional<SavedVacancy> find(String id) {
        return vacancies.find(id);
    }
}
