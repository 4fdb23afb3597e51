package nl.functiehuis.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import nl.functiehuis.comparison.CompetencyMatrix;
import nl.functiehuis.comparison.CompetencyMatrix.Band;
import nl.functiehuis.house.FunctionGroup;
import nl.functiehuis.house.FunctionProfiles;
import nl.functiehuis.house.FunctionSeries;
import nl.functiehuis.house.HouseCatalog;
import nl.functiehuis.house.InvalidInput;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.ProfileCode;

/**
 * The function × competency matrix of a function group, a series (its groups one under the other) or a
 * levelled family, over the latest version of each profile. A group or series is found by code, slug
 * or name; a name that more than one has is refused, naming the codes to choose from.
 */
public final class ShowMatrix {
    private final FunctionProfiles profiles;
    private final HouseCatalog catalog;

    public ShowMatrix(FunctionProfiles profiles, HouseCatalog catalog) {
        this.profiles = profiles;
        this.catalog = catalog;
    }

    /** The matrix, or empty when nothing has that code or name; {@link InvalidInput} when a name is ambiguous. */
    public Optional<CompetencyMatrix> matrix(MatrixScope scope) {
        return switch (scope) {
            case MatrixScope.Group g -> group(g);
            case MatrixScope.Series s -> series(s);
            case MatrixScope.Family f -> family(f);
        };
    }

    private Optional<CompetencyMatrix> group(MatrixScope.Group scope) {
        List<FunctionGroup> found = new ArrayList<>();
        for (FunctionSeries s : catalog.series()) {
            s.groups().stream().filter(g -> matches(scope.value(), g.code(), g.name())).forEach(found::add);
        }
        return unique(scope, found, FunctionGroup::code).map(g -> CompetencyMatrix.of("Functiegroep " + g.code() + " "
                + g.name(), List.of(new Band(null, inGroup(latest(), g.code()))), catalog.dictionaries()));
    }

    private Optional<CompetencyMatrix> series(MatrixScope.Series scope) {
        List<FunctionSeries> found = catalog.series().stream().filter(s -> matches(scope.value(), s.code(), s.name())).toList();
        return unique(scope, found, FunctionSeries::code).map(s -> {
            List<FunctionProfile> all = latest();
            List<Band> bands = s.groups().stream().map(g -> new Band(g.code() + " " + g.name(), inGroup(all, g.code()))).toList();
            return CompetencyMatrix.of("Functiereeks " + s.code() + " " + s.name(), bands, catalog.dictionaries());
        });
    }

    private Optional<CompetencyMatrix> family(MatrixScope.Family scope) {
        Optional<FunctionProfile> found = profiles.latest(scope.value()).map(ProfileVersion::profile);
        if (found.isPresent() && !(found.get() instanceof LevelledFamily)) {
            throw new InvalidInput(scope.parameter(), found.get().code() + " is geen functiefamilie met niveaus"
                    + " (" + found.get().kind().label() + "); kies een groep of reeks");
        }
        return found.map(f -> CompetencyMatrix.of("Functiefamilie " + f.code() + " " + f.title(),
                List.of(new Band(null, List.of(f))), catalog.dictionaries()));
    }

    private List<FunctionProfile> latest() {
        return profiles.latestOfAll().stream().map(ProfileVersion::profile).toList();
    }

    private static List<FunctionProfile> inGroup(List<FunctionProfile> all, String groupCode) {
        return all.stream().filter(p -> groupCode.equals(p.groupCode())).toList();
    }

    private static boolean matches(String asked, String code, String name) {
        return code.equalsIgnoreCase(asked.strip()) || ProfileCode.slugOf(code).equals(ProfileCode.slugOf(asked))
                || name.strip().toLowerCase(Locale.ROOT).equals(asked.strip().toLowerCase(Locale.ROOT));
    }

    private static <T> Optional<T> unique(MatrixScope scope, List<T> found, Function<T, String> code) {
        if (found.size() > 1) {
            throw new InvalidInput(scope.parameter(), "'" + scope.value() + "' past bij meer dan één: "
                    + String.join(", ", found.stream().map(code).toList()) + "; geef de code");
        }
        return found.stream().findFirst();
    }
}
