package nl.functiehuis.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.house.FunctionProfiles;
import nl.functiehuis.house.FunctionSeries;
import nl.functiehuis.house.HouseCatalog;
import nl.functiehuis.house.HouseIntegrity;
import nl.functiehuis.house.HouseListener;
import nl.functiehuis.snapshot.HouseSnapshot;
import nl.functiehuis.house.InvalidInput;
import nl.functiehuis.house.Problem;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.house.Transactions;
import nl.functiehuis.json.HouseJson;
import nl.functiehuis.vacancy.SavedVacancy;
import nl.functiehuis.vacancy.Vacancies;

/**
 * Loads an exported house, all or nothing. Reference data replaces items with the same key. Versions
 * already stored must be identical; later versions are appended. The records go through {@link LoadRecords}. Into an empty house the result exports
 * byte for byte as the file.
 */
public final class LoadHouse {
    private final FunctionProfiles profiles;
    private final HouseCatalog catalog;
    private final Vacancies vacancies;
    private final LoadRecords records;
    private final Transactions transactions;
    private final HouseJson json;
    private final HouseListener listener;

    public LoadHouse(FunctionProfiles profiles, HouseCatalog catalog, Vacancies vacancies, HouseRecords records,
            Transactions transactions, HouseJson json, HouseListener listener) {
        this.profiles = profiles;
        this.catalog = catalog;
        this.vacancies = vacancies;
        this.records = new LoadRecords(records);
        this.transactions = transactions;
        this.json = json;
        this.listener = listener;
    }

    /** What a load did. */
    public record Result(int versionsAdded, int versionsUnchanged, int profiles) {}

    public Result load(String text, String source) {
        return load(json.read(text, HouseSnapshot.class, source));
    }

    public Result load(HouseSnapshot snapshot) {
        return transactions.inTransaction(() -> {
            check(snapshot);
            boolean empty = profiles.latestOfAll().isEmpty();
            snapshot.dictionaries().forEach(catalog::save);
            snapshot.series().forEach(catalog::save);
            snapshot.qualifications().forEach(catalog::save);
            snapshot.scales().forEach(catalog::save);
            if (!snapshot.dictionaries().isEmpty() || !snapshot.series().isEmpty() || !snapshot.qualifications().isEmpty()) {
                listener.referenceDataChanged();
            }
            if (empty) {
                catalog.rename(snapshot.name());
            }
            int added = 0;
            int same = 0;
            List<ProfileVersion> versions = snapshot.profiles();
            for (int i = 0; i < versions.size(); i++) {
                ProfileVersion v = versions.get(i);
                var stored = profiles.version(v.code().value(), v.number());
                if (stored.isEmpty()) {
                    profiles.append(v);
                    listener.saved(v);
                    added++;
                } else if (stored.get().equals(v)) {
                    same++;
                } else {
                    throw new InvalidInput("profiles[" + i + "]", "versie " + v.number() + " van " + v.code()
                            + " wijkt af van de opgeslagen versie; er is niets geladen");
                }
            }
            loadVacancies(snapshot.vacancies());
            records.load(snapshot);
            long codes = versions.stream().map(v -> v.code().slug()).distinct().count();
            return new Result(added, same, (int) codes);
        });
    }

    /** Vacancies are kept under their id: one already stored must be identical, a new one is added. */
    private void loadVacancies(List<SavedVacancy> saved) {
        for (int i = 0; i < saved.size(); i++) {
            SavedVacancy v = saved.get(i);
            var stored = vacancies.find(v.id());
            if (stored.isEmpty()) {
                vacancies.save(v);
            } else if (!stored.get().equals(v)) {
                throw new InvalidInput("vacancies[" + i + "]", "vacature " + v.id()
                        + " wijkt af van de opgeslagen vacature; er is niets geladen");
            }
        }
    }

    private void check(HouseSnapshot snapshot) {
        Map<String, CompetencyDictionary> dictionaries = new LinkedHashMap<>();
        catalog.dictionaries().forEach(d -> dictionaries.put(d.id(), d));
        snapshot.dictionaries().forEach(d -> dictionaries.put(d.id(), d));
        Map<String, FunctionSeries> series = new LinkedHashMap<>();
        catalog.series().forEach(s -> series.put(s.code(), s));
        snapshot.series().forEach(s -> series.put(s.code(), s));
        var integrity = new HouseIntegrity(List.copyOf(dictionaries.values()), List.copyOf(series.values()));
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> lastNumber = new HashMap<>();
        List<ProfileVersion> versions = snapshot.profiles();
        for (int i = 0; i < versions.size(); i++) {
            ProfileVersion v = versions.get(i);
            String at = "profiles[" + i + "]";
            int expected = lastNumber.getOrDefault(v.code().slug(), 0) + 1;
            if (v.number() != expected) {
                problems.add(new Problem(at + ".number", "versie " + v.number() + " van " + v.code()
                        + " volgt niet op versie " + (expected - 1)));
            }
            lastNumber.put(v.code().slug(), v.number());
            problems.addAll(integrity.check(v.profile(), at + ".profile"));
            problems.addAll(SaveProfile.codeClashes(profiles, v.profile(), at + ".profile"));
        }
        problems.addAll(records.problems(snapshot));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
