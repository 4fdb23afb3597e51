package nl.functiehuis.house;

import java.util.List;
import nl.functiehuis.Checks;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.vacancy.SavedVacancy;

/**
 * The whole function house with every version of every profile and every vacancy: what {@code export}
 * writes and {@code load} reads. {@link #FORMAT} names the format version.
 */
public record HouseSnapshot(
        String format,
        String name,
        List<CompetencyDictionary> dictionaries,
        List<FunctionSeries> series,
        List<Qualification> qualifications,
        List<SalaryScale> scales,
        List<ProfileVersion> profiles,
        List<SavedVacancy> vacancies) {

    public static final String FORMAT = "functiehuis/1";

    public HouseSnapshot {
        format = Checks.text(format, "format");
        if (!format.equals(FORMAT)) {
            throw new InvalidValue("format", "wordt niet ondersteund: '" + format + "' (verwacht " + FORMAT + ")");
        }
        name = Checks.text(name, "name");
        dictionaries = Checks.list(dictionaries, "dictionaries");
        series = Checks.list(series, "series");
        qualifications = Checks.list(qualifications, "qualifications");
        scales = Checks.list(scales, "scales");
        profiles = Checks.list(profiles, "profiles");
        vacancies = Checks.list(vacancies, "vacancies");
    }
}
