package nl.functiehuis.importer.booklet;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.functiehuis.importer.blocks.Location;
import org.jspecify.annotations.Nullable;

/**
 * A matrix row read the way the booklet means it: its letters in reading order over the competencies of
 * the row's norm function, in header order, keyed by the header's spelling. Empty levels when the row has
 * no profile text or its letters do not fit that profile's competencies.
 */
public record MatrixReading(String function, @Nullable String profileCode, Map<String, String> levels, Location at) {
    public MatrixReading {
        levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    }
}
