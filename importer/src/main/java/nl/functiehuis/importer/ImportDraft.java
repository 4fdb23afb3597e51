package nl.functiehuis.importer;

import java.util.List;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.house.FunctionSeries;
import nl.functiehuis.house.Qualification;
import nl.functiehuis.vacancy.Vacancy;

/** Everything a document adds to a function house, not yet stored. */
public record ImportDraft(
        List<CompetencyDictionary> dictionaries,
        List<FunctionSeries> series,
        List<Qualification> qualifications,
        List<DraftProfile> profiles,
        List<Vacancy> vacancies) {

    public ImportDraft {
        dictionaries = List.copyOf(dictionaries);
        series = List.copyOf(series);
        qualifications = List.copyOf(qualifications);
        profiles = List.copyOf(profiles);
        vacancies = List.copyOf(vacancies);
    }
}
