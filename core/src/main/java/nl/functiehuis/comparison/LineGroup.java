package nl.functiehuis.comparison;

import java.util.List;
import nl.functiehuis.Checks;
import org.jspecify.annotations.Nullable;

/** Lines of a comparison section under one heading (a dimension or domain), or under none. */
public record LineGroup(@Nullable String label, List<ComparedLine> lines) {
    public LineGroup {
        label = Checks.optional(label);
        lines = Checks.list(lines, "lines");
    }
}
