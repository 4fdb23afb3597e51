package nl.functiehuis.house;

import nl.functiehuis.Checks;

/** A work process (werkproces) of a core task, numbered as written, e.g. "1.2". */
public record WorkProcess(String number, String title) {
    public WorkProcess {
        number = Checks.text(number, "number");
        title = Checks.text(title, "title");
    }
}
