package nl.functiehuis.importer.booklet.front;

import java.util.List;
import java.util.Optional;
import nl.functiehuis.importer.blocks.Spelling;
import org.jspecify.annotations.Nullable;

/** The overview of profiles (3.1): its column headings and entries in order. */
public record Overview(@Nullable String section, List<String> columns, List<OverviewEntry> entries) {

    public Overview {
        columns = List.copyOf(columns);
        entries = List.copyOf(entries);
    }

    public static Overview empty() {
        return new Overview(null, List.of(), List.of());
    }

    public long enrichedCount() {
        return entries.stream().filter(OverviewEntry::isEnriched).count();
    }

    public long baseCount() {
        return entries.size() - enrichedCount();
    }

    /** The entry whose name is the same as {@code name} after folding case, accents and spacing. */
    public Optional<OverviewEntry> find(String name) {
        String f = Spelling.fold(name);
        return entries.stream().filter(e -> Spelling.fold(e.name()).equals(f)).findFirst();
    }
}
