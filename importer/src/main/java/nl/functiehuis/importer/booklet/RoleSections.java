package nl.functiehuis.importer.booklet;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.importer.booklet.ProfileParts.RoleSection;
import org.jspecify.annotations.Nullable;

/** Collects the role and complexity texts of a profile, one section per qualification heading. */
final class RoleSections {
    private final List<RoleSection> done = new ArrayList<>();
    private boolean open;
    private @Nullable Written heading;
    private List<Written> role = new ArrayList<>();
    private List<Written> complexity = new ArrayList<>();

    void start(@Nullable Written heading) {
        close();
        this.heading = heading;
        role = new ArrayList<>();
        complexity = new ArrayList<>();
        open = true;
    }

    void role(List<Written> text) {
        if (!open || !role.isEmpty() || !complexity.isEmpty()) {
            start(null);
        }
        role.addAll(text);
    }

    void complexity(List<Written> text) {
        if (!open || !complexity.isEmpty()) {
            start(null);
        }
        complexity.addAll(text);
    }

    List<RoleSection> sections() {
        close();
        return List.copyOf(done);
    }

    private void close() {
        if (open) {
            done.add(new RoleSection(heading, role, complexity));
            open = false;
        }
    }
}
