package nl.functiehuis.comparison;

import java.util.List;
import nl.functiehuis.Checks;

/** A section of a comparison, e.g. "Competenties", with its lines grouped under headings. */
public record ComparedSection(String id, String title, List<LineGroup> groups) {
    public ComparedSection {
        id = Checks.text(id, "id");
        title = Checks.text(title, "title");
        groups = Checks.list(groups, "groups");
    }

    public List<ComparedLine> lines() {
        return groups.stream().flatMap(g -> g.lines().stream()).toList();
    }

    /** How many lines differ. */
    public long differences() {
        return lines().stream().filter(ComparedLine::differs).count();
    }
}
