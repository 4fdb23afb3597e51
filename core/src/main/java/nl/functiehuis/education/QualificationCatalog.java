package nl.functiehuis.education;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.functiehuis.house.CoreTask;
import nl.functiehuis.house.Qualification;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.QualificationLink;
import org.jspecify.annotations.Nullable;

/**
 * The qualifications of the house: those it holds with their core tasks, plus any that an enriched profile
 * links but the house does not hold. Names are matched ignoring case and spacing; entries are sorted by name.
 */
public record QualificationCatalog(List<CatalogEntry> entries) {

    public QualificationCatalog {
        entries = List.copyOf(entries);
    }

    /** Builds the catalogue from the house's qualifications and the links of its (latest) profiles. */
    public static QualificationCatalog of(List<Qualification> qualifications, List<FunctionProfile> profiles) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (Qualification q : qualifications) {
            drafts.computeIfAbsent(key(q.name()), k -> new Draft(q.name())).held(q);
        }
        for (FunctionProfile p : profiles) {
            if (p instanceof EnrichedProfile e) {
                for (QualificationLink link : e.qualifications()) {
                    drafts.computeIfAbsent(key(link.qualification()), k -> new Draft(link.qualification())).link(e, link);
                }
            }
        }
        return new QualificationCatalog(drafts.values().stream().map(Draft::entry)
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList());
    }

    public Optional<CatalogEntry> find(String name) {
        String k = key(name);
        return entries.stream().filter(e -> key(e.name()).equals(k)).findFirst();
    }

    static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static final class Draft {
        private final String name;
        private @Nullable Integer mboLevel;
        private List<CoreTask> coreTasks = List.of();
        private final List<ProfileRef> linkedBy = new ArrayList<>();

        Draft(String name) {
            this.name = name;
        }

        void held(Qualification q) {
            mboLevel = q.mboLevel();
            coreTasks = q.coreTasks();
        }

        void link(EnrichedProfile profile, QualificationLink link) {
            if (mboLevel == null) {
                mboLevel = link.mboLevel();
            }
            ProfileRef ref = ProfileRef.of(profile);
            if (!linkedBy.contains(ref)) {
                linkedBy.add(ref);
            }
        }

        CatalogEntry entry() {
            return new CatalogEntry(name, mboLevel, coreTasks, linkedBy);
        }
    }
}
