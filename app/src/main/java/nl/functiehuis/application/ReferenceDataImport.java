package nl.functiehuis.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.house.FunctionSeries;
import nl.functiehuis.house.HouseCatalog;
import nl.functiehuis.house.HouseListener;
import nl.functiehuis.house.Qualification;
import nl.functiehuis.importer.ImportDraft;
import org.jspecify.annotations.Nullable;

/**
 * Stores a document's dictionaries, series and qualifications, replacing items with the same key. A
 * dictionary may not change its level scale: that would silently merge different scales.
 */
final class ReferenceDataImport {
    private final HouseCatalog catalog;
    private final HouseListener listener;

    ReferenceDataImport(HouseCatalog catalog, HouseListener listener) {
        this.catalog = catalog;
        this.listener = listener;
    }

    /** What changed: the ids of replaced dictionaries and codes of replaced series. */
    record Replaced(Set<String> dictionaries, Set<String> series) {
        boolean any() {
            return !dictionaries.isEmpty() || !series.isEmpty();
        }
    }

    Replaced apply(ImportDraft draft, ImportLog log) {
        var dictionaries = new TreeSet<String>();
        var series = new TreeSet<String>();
        for (CompetencyDictionary d : draft.dictionaries()) {
            Optional<CompetencyDictionary> stored = catalog.dictionary(d.id());
            if (stored.isPresent() && stored.get().scale() != d.scale()) {
                log.problem("woordenboek " + d.id(), "bestaat al met een andere niveauschaal (" + stored.get().scale()
                        + "); het document geeft " + d.scale() + " en wordt daarom niet samengevoegd");
                continue;
            }
            if (upsert(ImportOutcome.Type.DICTIONARY, d.id(), d.name(), d, stored.orElse(null), this::save, log)) {
                dictionaries.add(d.id());
            }
        }
        List<FunctionSeries> stored = catalog.series();
        for (FunctionSeries s : draft.series()) {
            var old = stored.stream().filter(x -> x.code().equals(s.code())).findFirst().orElse(null);
            if (upsert(ImportOutcome.Type.SERIES, s.code(), s.name(), s, old, this::save, log)) {
                series.add(s.code());
            }
        }
        List<Qualification> qualifications = catalog.qualifications();
        for (Qualification q : draft.qualifications()) {
            var old = qualifications.stream().filter(x -> x.name().equals(q.name())).findFirst().orElse(null);
            upsert(ImportOutcome.Type.QUALIFICATION, q.name(), null, q, old, this::save, log);
        }
        return new Replaced(dictionaries, series);
    }

    private void save(CompetencyDictionary dictionary) {
        catalog.save(dictionary);
        listener.referenceDataChanged();
    }

    private void save(FunctionSeries series) {
        catalog.save(series);
        listener.referenceDataChanged();
    }

    private void save(Qualification qualification) {
        catalog.save(qualification);
        listener.referenceDataChanged();
    }

    /** Saves the item unless the stored one is equal; returns whether a stored item was replaced. */
    private static <T> boolean upsert(ImportOutcome.Type type, String key, @Nullable String title, T item,
            @Nullable T stored, Consumer<T> save, ImportLog log) {
        if (item.equals(stored)) {
            log.item(type, key, title, ImportOutcome.Action.UNCHANGED, null);
            return false;
        }
        save.accept(item);
        log.item(type, key, title, stored == null ? ImportOutcome.Action.CREATED : ImportOutcome.Action.UPDATED, null);
        return stored != null;
    }
}
