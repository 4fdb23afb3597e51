package nl.functiehuis.comparison;

import java.util.List;
import nl.functiehuis.Checks;
import org.jspecify.annotations.Nullable;

/**
 * One change between two versions: where ({@code path} like {@code content.competencies[2].level}, and
 * {@code trail}, the same steps with list items named, e.g. [content, competencies, Integriteit, level]),
 * what kind of change, and the value before and after as text.
 */
public record Change(String path, List<String> trail, Kind kind, @Nullable String before, @Nullable String after) {

    public enum Kind {
        ADDED("toegevoegd"), REMOVED("verwijderd"), CHANGED("gewijzigd");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Change {
        path = Checks.text(path, "path");
        trail = Checks.texts(trail, "trail");
        Checks.required(kind, "kind");
    }
}
