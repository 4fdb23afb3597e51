package nl.functiehuis.house;

import java.util.List;
import nl.functiehuis.Checks;

/** A core task (kerntaak) of a qualification with its work processes. */
public record CoreTask(String number, String title, List<WorkProcess> workProcesses) {
    public CoreTask {
        number = Checks.text(number, "number");
        title = Checks.text(title, "title");
        workProcesses = Checks.list(workProcesses, "workProcesses");
    }
}
