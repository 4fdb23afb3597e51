package nl.functiehuis.importer.levelled;

import java.util.List;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Location;
import org.jspecify.annotations.Nullable;

/**
 * A heading paragraph and the table rows after it, up to the next paragraph that is not a footnote
 * (footnotes a page break put between two rows do not end a table). The heading may be missing.
 */
record Section(@Nullable Block heading, List<Block> rows) {
    Section {
        rows = List.copyOf(rows);
    }

    /** The heading as written, footnote marker included; empty when there is none. */
    String headingAsWritten() {
        return heading == null ? "" : heading.text().strip();
    }

    /** The heading without its trailing footnote marker. */
    String headingText() {
        return Footnotes.split(headingAsWritten()).text();
    }

    @Nullable String marker() {
        return Footnotes.split(headingAsWritten()).marker();
    }

    Location at() {
        return heading != null ? heading.at() : rows.get(0).at();
    }
}
