package nl.functiehuis.snapshot;

import java.util.List;
import nl.functiehuis.Checks;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.house.ArchivedDocument;
import nl.functiehuis.house.FunctionSeries;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.house.Qualification;
import nl.functiehuis.house.SalaryScale;
import nl.functiehuis.vacancy.SavedVacancy;
import nl.functiehuis.validation.BookletStatement;
import nl.functiehuis.validation.RuleSetting;

/**
 * The whole function house with every version of every profile and every vacancy: what {@code export}
 * writes and {@code load} reads. {@link #FORMAT} names the format version. Beside the house itself it
 * carries what was kept about it: the levels booklets state outside their profile texts, every change of
 * a rule switch, and the imported documents with their bytes (an older file without them has none).
 */
public record HouseSnapshot(
        String format,
        String name,
        List<CompetencyDictionary> dictionaries,
        List<FunctionSeries> series,
        List<Qualification> qualifications,
        List<SalaryScale> scales,
        List<ProfileVersion> profiles,
        List<SavedVacancy> vacancies,
        List<BookletStatement> bookletStatements,
        List<RuleSetting> ruleSettings,
        List<ArchivedDocument> documents) {

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
        bookletStatements = Checks.list(bookletStatements, "bookletStatements");
        ruleSettings = Checks.list(ruleSettings, "ruleSettings");
        documents = Checks.list(documents, "documents");
    }

    /** A house without booklet statements, rule switches or imported documents. */
    public HouseSnapshot(String format, String name, List<CompetencyDictionary> dictionaries, List<FunctionSeries> series,
            List<Qualification> qualifications, List<SalaryScale> scales, List<ProfileVersion> profiles,
            List<SavedVacancy> vacancies) {
        this(format, name, dictionaries, series, qualifications, scales, profiles, vacancies, List.of(), List.of(), List.of());
    }
}
