package nl.functiehuis.application;

import java.util.Comparator;
import java.util.List;
import nl.functiehuis.house.ArchivedDocument;
import nl.functiehuis.house.FunctionProfiles;
import nl.functiehuis.house.HouseCatalog;
import nl.functiehuis.snapshot.HouseSnapshot;
import nl.functiehuis.house.ImportedDocument;
import nl.functiehuis.json.HouseJson;
import nl.functiehuis.vacancy.SavedVacancy;
import nl.functiehuis.vacancy.Vacancies;

/**
 * The whole house, every version and vacancy included, with its records (booklet statements, rule
 * switches, imported documents oldest first), as one deterministic JSON document.
 */
public final class ExportHouse {
    private final FunctionProfiles profiles;
    private final HouseCatalog catalog;
    private final Vacancies vacancies;
    private final HouseRecords records;
    private final HouseJson json;

    public ExportHouse(FunctionProfiles profiles, HouseCatalog catalog, Vacancies vacancies, HouseRecords records,
            HouseJson json) {
        this.profiles = profiles;
        this.catalog = catalog;
        this.vacancies = vacancies;
        this.records = records;
        this.json = json;
    }

    public HouseSnapshot snapshot() {
        List<SavedVacancy> saved = vacancies.list().stream()
                .sorted(Comparator.comparing(SavedVacancy::createdAt).thenComparing(SavedVacancy::id)).toList();
        return new HouseSnapshot(HouseSnapshot.FORMAT, catalog.name(), catalog.dictionaries(), catalog.series(),
                catalog.qualifications(), catalog.scales(), profiles.all(), saved, records.statements().all(),
                records.switches().history(), documents());
    }

    private List<ArchivedDocument> documents() {
        return records.documents().list().stream()
                .sorted(Comparator.comparing(ImportedDocument::importedAt).thenComparing(ImportedDocument::id))
                .map(d -> new ArchivedDocument(d, records.documents().content(d.id())
                        .orElseThrow(() -> new IllegalStateException("document " + d.id() + " zonder inhoud"))))
                .toList();
    }

    public String json() {
        return json.write(snapshot()) + "\n";
    }
}
