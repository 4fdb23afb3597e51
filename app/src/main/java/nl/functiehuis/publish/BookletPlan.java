package nl.functiehuis.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.functiehuis.house.FunctionGroup;
import nl.functiehuis.house.FunctionSeries;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.ProfileCode;
import org.jspecify.annotations.Nullable;

/** Decides what a booklet holds: its cover texts and its parts, each a list of latest profile versions. */
final class BookletPlan {

    /** The cover texts and the parts of a booklet. */
    record Plan(String kicker, String title, @Nullable String description, List<Part> parts) {
        int profiles() {
            return parts.stream().mapToInt(p -> p.versions().size()).sum();
        }
    }

    /** A group, a family or the profiles outside any group; {@code context} names the series of a group. */
    record Part(String anchor, @Nullable String code, String name, @Nullable String context, @Nullable String description,
            List<ProfileVersion> versions) {}

    private final List<ProfileVersion> latest;
    private final List<FunctionSeries> series;
    private final String houseName;

    /** {@code latest} is the latest version of every profile; a booklet lists them by code. */
    BookletPlan(List<ProfileVersion> latest, List<FunctionSeries> series, String houseName) {
        this.latest = latest.stream().sorted(Comparator.comparing(v -> v.code().value())).toList();
        this.series = series;
        this.houseName = houseName;
    }

    Optional<Plan> plan(BookletScope scope) {
        return switch (scope) {
            case BookletScope.House h -> Optional.of(new Plan("Functiehuis", houseName, null, house()));
            case BookletScope.Series s -> series.stream().filter(x -> x.code().equalsIgnoreCase(s.code())).findFirst()
                    .map(x -> new Plan("Functiereeks " + x.code(), x.name(), x.description(), groups(x)));
            case BookletScope.Group g -> group(g.code());
            case BookletScope.Family f -> family(f.code());
        };
    }

    private List<Part> house() {
        List<Part> parts = new ArrayList<>();
        series.forEach(s -> parts.addAll(groups(s)));
        Set<String> grouped = new HashSet<>();
        series.forEach(s -> s.groups().forEach(g -> grouped.add(g.code())));
        List<ProfileVersion> others = latest.stream()
                .filter(v -> v.profile().groupCode() == null || !grouped.contains(v.profile().groupCode())).toList();
        if (!others.isEmpty()) {
            parts.add(new Part("h-overig", null, "Overige profielen", "Profielen buiten de functiereeksen", null, others));
        }
        return parts;
    }

    private List<Part> groups(FunctionSeries s) {
        return s.groups().stream().map(g -> part(s, g)).filter(p -> !p.versions().isEmpty()).toList();
    }

    private Part part(FunctionSeries s, FunctionGroup g) {
        List<ProfileVersion> members = latest.stream().filter(v -> g.code().equals(v.profile().groupCode())).toList();
        return new Part("h-" + ProfileCode.slugOf(g.code()), g.code(), g.name(),
                "Functiereeks " + s.code() + " " + s.name(), g.description(), members);
    }

    private Optional<Plan> group(String code) {
        for (FunctionSeries s : series) {
            for (FunctionGroup g : s.groups()) {
                if (g.code().equalsIgnoreCase(code)) {
                    return Optional.of(new Plan("Functiegroep " + g.code() + " · functiereeks " + s.code() + " " + s.name(),
                            g.name(), g.description(), List.of(part(s, g))));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Plan> family(String code) {
        String slug = ProfileCode.slugOf(code);
        return latest.stream()
                .filter(v -> v.profile() instanceof LevelledFamily f && (f.code().slug().equals(slug)
                        || f.aliases().stream().anyMatch(a -> a.slug().equals(slug))))
                .findFirst()
                .map(v -> {
                    LevelledFamily f = (LevelledFamily) v.profile();
                    Part part = new Part("h-" + f.code().slug(), f.code().value(), f.title(), f.organisation(), null, List.of(v));
                    return new Plan("Functiefamilie " + f.code(), f.title(), f.purpose(), List.of(part));
                });
    }
}
