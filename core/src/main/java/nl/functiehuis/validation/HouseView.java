package nl.functiehuis.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.functiehuis.Checks;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.house.FunctionGroup;
import nl.functiehuis.house.FunctionSeries;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.ProfileCode;
import org.jspecify.annotations.Nullable;

/**
 * What the rules look at, all in memory: the latest version of every profile, the dictionaries, the
 * series with their groups and what booklets state about their functions. Lookups are by map, so
 * validating a house costs no storage call per profile.
 */
public final class HouseView {
    private final String name;
    private final List<FunctionProfile> profiles;
    private final List<FunctionSeries> series;
    private final Map<String, FunctionProfile> bySlug = new HashMap<>();
    private final Map<String, CompetencyDictionary> dictionaries = new HashMap<>();
    private final Map<String, FunctionGroup> groups = new HashMap<>();
    private final Map<String, List<BookletStatement>> statements = new HashMap<>();

    public HouseView(String name, List<FunctionProfile> profiles, List<CompetencyDictionary> dictionaries,
            List<FunctionSeries> series, List<BookletStatement> statements) {
        this.name = Checks.text(name, "name");
        this.profiles = Checks.list(profiles, "profiles");
        this.series = Checks.list(series, "series");
        for (FunctionProfile p : this.profiles) {
            bySlug.putIfAbsent(p.code().slug(), p);
            p.aliases().forEach(a -> bySlug.putIfAbsent(a.slug(), p));
        }
        Checks.list(dictionaries, "dictionaries").forEach(d -> this.dictionaries.putIfAbsent(d.id(), d));
        this.series.forEach(s -> s.groups().forEach(g -> groups.putIfAbsent(g.code(), g)));
        for (BookletStatement s : Checks.list(statements, "statements")) {
            this.statements.computeIfAbsent(s.profile().slug(), k -> new ArrayList<>()).add(s);
        }
    }

    public String name() {
        return name;
    }

    /** Every profile, in the order given. */
    public List<FunctionProfile> profiles() {
        return profiles;
    }

    /** The profile with this code, slug or level code. */
    public Optional<FunctionProfile> profile(String codeOrSlug) {
        return Optional.ofNullable(bySlug.get(ProfileCode.slugOf(codeOrSlug)));
    }

    public Optional<CompetencyDictionary> dictionary(@Nullable String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(dictionaries.get(id));
    }

    public List<FunctionSeries> series() {
        return series;
    }

    public Optional<FunctionGroup> group(@Nullable String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(groups.get(code));
    }

    /** What booklets state about this profile (by its code), in the order stored. */
    public List<BookletStatement> statementsAbout(ProfileCode code) {
        return statements.getOrDefault(code.slug(), List.of());
    }
}
