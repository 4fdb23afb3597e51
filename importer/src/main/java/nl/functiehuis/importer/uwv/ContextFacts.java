package nl.functiehuis.importer.uwv;

import java.util.List;
import nl.functiehuis.importer.blocks.Location;
import org.jspecify.annotations.Nullable;

/**
 * What the context section says in structured form: its heading, its lists, the department's own
 * aandachtsgebieden and tasks, the function's contacts, the departments it works with, and its focus areas.
 */
public record ContextFacts(
        String heading,
        Location at,
        List<ItemList> lists,
        List<String> departmentFocusAreas,
        List<String> departmentTasks,
        List<String> contacts,
        List<String> collaboratingDepartments,
        List<FocusAreaFacts> focusAreas) {

    /** A focus area (aandachtsgebied) of the function: its extra task, contacts and who supervises it, as written. */
    public record FocusAreaFacts(String name, Location at, @Nullable String extraTask, List<String> contacts,
            @Nullable String supervisedBy, String text) {}

    /** The numbered lists, or the bulleted ones. */
    public List<ItemList> lists(boolean numbered) {
        return lists.stream().filter(l -> l.numbered() == numbered).toList();
    }
}
