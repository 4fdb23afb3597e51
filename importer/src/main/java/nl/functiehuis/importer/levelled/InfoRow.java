package nl.functiehuis.importer.levelled;

import java.util.List;
import nl.functiehuis.importer.blocks.Location;
import org.jspecify.annotations.Nullable;

/**
 * A row of the general-information table: its label as written, what it was read as (null when the
 * label is not one we know), its paragraphs (joined across a page break) and where it starts.
 */
public record InfoRow(String label, @Nullable InfoLabel readAs, List<String> paragraphs, Location at) {
    public InfoRow {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The paragraphs as one text. */
    public String text() {
        return String.join(" ", paragraphs);
    }
}
