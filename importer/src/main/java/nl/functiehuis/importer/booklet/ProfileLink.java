package nl.functiehuis.importer.booklet;

import nl.functiehuis.importer.booklet.front.NlqfRow;
import nl.functiehuis.importer.booklet.front.OverviewEntry;
import org.jspecify.annotations.Nullable;

/**
 * How one profile text ties to the front matter: its entry in the profile overview (3.1), found by code,
 * and its row in the NLQF tables (part 2), found by function title; an enriched profile has its base's row.
 */
public record ProfileLink(String code, @Nullable OverviewEntry overview, @Nullable NlqfRow nlqf) {

    /** The NLQF level as the table writes it ("2/3"), or null when the profile has no row. */
    public @Nullable String nlqfLevel() {
        return nlqf == null ? null : nlqf.levelAsWritten();
    }
}
