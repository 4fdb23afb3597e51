package nl.functiehuis.education;

import java.util.List;
import nl.functiehuis.Checks;
import nl.functiehuis.house.CoreTask;
import org.jspecify.annotations.Nullable;

/**
 * A qualification of the catalogue: its name, MBO level and NLQF level when known, its core tasks with work
 * processes, and the enriched profiles that link it.
 */
public record CatalogEntry(String name, @Nullable Integer mboLevel, List<CoreTask> coreTasks, List<ProfileRef> linkedBy) {
    public CatalogEntry {
        name = Checks.text(name, "name");
        if (mboLevel != null) {
            Checks.range(mboLevel, 1, 4, "mboLevel");
        }
        coreTasks = Checks.list(coreTasks, "coreTasks");
        linkedBy = Checks.list(linkedBy, "linkedBy");
    }

    public @Nullable NlqfLevel nlqf() {
        return mboLevel == null ? null : NlqfMapping.ofMbo(mboLevel);
    }

    /** "MBO 4", or null when the level is unknown. */
    public @Nullable String levelLabel() {
        return mboLevel == null ? null : "MBO " + mboLevel;
    }

    /** The name as part of an address: lower case, every run of other characters than letters and digits one hyphen. */
    public String slug() {
        return QualificationCatalog.key(name).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }

    /** The number of work processes over all core tasks. */
    public int workProcessCount() {
        return coreTasks.stream().mapToInt(t -> t.workProcesses().size()).sum();
    }
}
