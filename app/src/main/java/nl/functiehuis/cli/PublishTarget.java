package nl.functiehuis.cli;

import nl.functiehuis.publish.BookletScope;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code publish} publishes: one profile by its code, or the booklet of a series, group, family or the house. */
final class PublishTarget {
    @Parameters(paramLabel = "CODE", arity = "0..1", description = "Code van het profiel, bijv. N06.01.02, of een niveaucode.")
    @Nullable String code;

    @Option(names = "--series", paramLabel = "CODE", description = "Boekje van een functiereeks, bijv. N06.")
    @Nullable String series;

    @Option(names = "--group", paramLabel = "CODE", description = "Boekje van een functiegroep, bijv. N06.01.")
    @Nullable String group;

    @Option(names = "--family", paramLabel = "CODE", description = "Boekje van een functiefamilie, bijv. 3006.")
    @Nullable String family;

    @Option(names = "--house", description = "Boekje van het hele functiehuis.")
    boolean house;

    /** The booklet asked for, or null when one profile is. */
    @Nullable BookletScope scope() {
        if (series != null) {
            return new BookletScope.Series(series);
        }
        if (group != null) {
            return new BookletScope.Group(group);
        }
        if (family != null) {
            return new BookletScope.Family(family);
        }
        return house ? new BookletScope.House() : null;
    }

    String code() {
        return code == null ? "" : code;
    }

    String label() {
        return series != null ? "reeks " + series : group != null ? "groep " + group : family != null ? "familie " + family : "het functiehuis";
    }
}
