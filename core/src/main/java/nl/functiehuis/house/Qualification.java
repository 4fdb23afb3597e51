package nl.functiehuis.house;

import java.util.List;
import nl.functiehuis.Checks;
import org.jspecify.annotations.Nullable;

/** An MBO qualification (kwalificatie) with its level, core tasks and work processes. */
public record Qualification(String name, @Nullable Integer mboLevel, List<CoreTask> coreTasks) {
    public Qualification {
        name = Checks.text(name, "name");
        if (mboLevel != null) {
            Checks.range(mboLevel, 1, 4, "mboLevel");
        }
        coreTasks = Checks.list(coreTasks, "coreTasks");
    }
}
