package nl.functiehuis.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.comparison.ProfileComparison;
import nl.functiehuis.comparison.Subject;
import nl.functiehuis.comparison.VersionDiff;
import nl.functiehuis.house.FunctionProfiles;
import nl.functiehuis.house.HouseCatalog;
import nl.functiehuis.house.InvalidInput;
import nl.functiehuis.house.Problem;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.profile.FunctionLevel;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.ProfileKind;
import org.jspecify.annotations.Nullable;

/**
 * Puts two to five profiles side by side, or what changed between two versions of one. A level code
 * (3007) stands for that function level, a family's own code for all its levels.
 */
public final class CompareProfiles {
    private final FunctionProfiles profiles;
    private final HouseCatalog catalog;

    public CompareProfiles(FunctionProfiles profiles, HouseCatalog catalog) {
        this.profiles = profiles;
        this.catalog = catalog;
    }

    /** What can be chosen to compare: every profile, and every level of a family. */
    public record Choice(String code, String title, ProfileKind kind, @Nullable String groupCode, @Nullable String family) {}

    /** The latest version of each code side by side; {@link InvalidInput} naming unknown codes or a wrong count. */
    public ProfileComparison compare(List<String> codes) {
        List<Subject> subjects = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String code : codes) {
            Optional<ProfileVersion> found = code.isBlank() ? Optional.empty() : profiles.latest(code.strip());
            if (found.isEmpty()) {
                problems.add(new Problem("profielen", "onbekend profiel '" + code.strip() + "'"));
            } else {
                subjects.addAll(Subject.named(found.get().profile(), code.strip()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        try {
            return ProfileComparison.of(subjects, catalog.dictionaries());
        } catch (InvalidValue e) {
            throw new InvalidInput(e.field(), e.problem());
        }
    }

    public List<Choice> choices() {
        List<Choice> choices = new ArrayList<>();
        for (ProfileVersion v : profiles.latestOfAll()) {
            var p = v.profile();
            if (p instanceof LevelledFamily f) {
                for (FunctionLevel l : f.levels()) {
                    choices.add(new Choice(l.code().value(), l.name(), p.kind(), p.groupCode(), f.code().value()));
                }
            } else {
                choices.add(new Choice(p.code().value(), p.title(), p.kind(), p.groupCode(), null));
            }
        }
        return choices;
    }

    /** The changes from version {@code from} to version {@code to}; empty when the profile or a version is unknown. */
    public Optional<VersionDiff> versions(String code, int from, int to) {
        Optional<ProfileVersion> a = profiles.version(code, from);
        Optional<ProfileVersion> b = profiles.version(code, to);
        return a.isPresent() && b.isPresent() ? Optional.of(VersionDiff.of(a.get(), b.get())) : Optional.empty();
    }
}
