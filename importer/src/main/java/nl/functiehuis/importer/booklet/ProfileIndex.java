package nl.functiehuis.importer.booklet;

import java.util.List;
import java.util.Optional;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.importer.blocks.Spelling;
import nl.functiehuis.importer.booklet.ProfileParts.CompetencyText;
import nl.functiehuis.importer.booklet.front.FrontMatter;
import nl.functiehuis.importer.booklet.front.OverviewEntry;
import org.jspecify.annotations.Nullable;

/**
 * Finds the profile text a function name of the front matter stands for (a matrix row, a function a group
 * text names): by the code the overview gives that name, else by title among the norm functions through
 * {@link FunctionTitles}. A title found despite its spelling, and a name found nowhere, are reported.
 */
final class ProfileIndex {
    private final List<ProfileFacts> profiles;
    private final FrontMatter front;
    private final ImportReport report;

    ProfileIndex(List<ProfileFacts> profiles, FrontMatter front, ImportReport report) {
        this.profiles = profiles;
        this.front = front;
        this.report = report;
    }

    Optional<ProfileFacts> byCode(String code) {
        return profiles.stream().filter(p -> ProfileLinker.key(p.codeText()).equals(ProfileLinker.key(code))).findFirst();
    }

    /** The profile of {@code function}; {@code code} is the code the front matter already gave it, if any. */
    Optional<ProfileFacts> function(String function, @Nullable String code, Location at, String where) {
        String known = code != null ? code : front.overview().find(function).map(OverviewEntry::code).orElse(null);
        Optional<ProfileFacts> found = known == null ? Optional.empty() : byCode(known);
        if (found.isPresent()) {
            return found;
        }
        List<ProfileFacts> norms = profiles.stream().filter(p -> !BookletCode.of(p.codeText()).enriched()).toList();
        Optional<Spelling.Match> match = FunctionTitles.match(function, norms.stream().map(p -> p.name().text()).toList());
        if (match.isEmpty()) {
            report.warn(at, where + ": functie '" + function + "' heeft geen profieltekst in het boekje");
            return Optional.empty();
        }
        if (!match.get().exact()) {
            report.warn(at, where + ": functie '" + function + "' gelezen als profiel '" + match.get().candidate()
                    + "' (afwijkende spelling)");
        }
        return norms.stream().filter(p -> p.name().text().equals(match.get().candidate())).findFirst();
    }

    /** The competency of a profile that a name stands for, tolerant of spelling. */
    static Optional<CompetencyText> competency(ProfileFacts p, String name) {
        return Spelling.closest(name, p.competencies().stream().map(c -> c.name().text()).toList())
                .flatMap(m -> p.competencies().stream().filter(c -> c.name().text().equals(m.candidate())).findFirst());
    }

    /** The level line of a competency as written, or its name when it has none. */
    static Written levelLine(CompetencyText c) {
        return c.levelLine() != null ? c.levelLine() : c.name();
    }
}
