package nl.functiehuis.house;

import java.util.List;
import java.util.Optional;
import nl.functiehuis.competency.CompetencyDictionary;

/** Storage port for the reference data of the house: dictionaries, series, qualifications and scales. */
public interface HouseCatalog {

    List<CompetencyDictionary> dictionaries();

    Optional<CompetencyDictionary> dictionary(String id);

    /** Stores the dictionary, replacing one with the same id. */
    void save(CompetencyDictionary dictionary);

    List<FunctionSeries> series();

    void save(FunctionSeries series);

    List<Qualification> qualifications();

    void save(Qualification qualification);

    List<SalaryScale> scales();

    void save(SalaryScale scale);

    /** The house's display name, e.g. "Gemeente Voorbeeldstad". */
    String name();

    void rename(String name);
}
