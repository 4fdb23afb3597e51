package nl.functiehuis.vacancy;

import java.util.List;
import java.util.Optional;

/** Storage port for vacancies and hiring requests. */
public interface Vacancies {

    /** Stores a new vacancy under its id. */
    void save(SavedVacancy vacancy);

    /**
     * Replaces the stored vacancy with {@code vacancy}, whose revision must be one more than the stored one;
     * otherwise {@link StaleVacancy} is thrown and nothing is changed.
     */
    void update(SavedVacancy vacancy);

    /** Every vacancy, newest first. */
    List<SavedVacancy> list();

    Optional<SavedVacancy> find(String id);

    /** The vacancies read from the document with this name, oldest first. */
    List<SavedVacancy> fromSource(String source);
}
