package nl.functiehuis.comparison;

import java.util.List;
import nl.functiehuis.Checks;

/** One line of a comparison: a label and a value per subject; it differs when not all values agree. */
public record ComparedLine(String label, List<ComparedValue> values) {
    public ComparedLine {
        label = Checks.text(label, "label");
        values = Checks.list(values, "values");
    }

    public boolean differs() {
        return values.stream().map(ComparedValue::key).distinct().count() > 1;
    }

    /** Whether the value of subject {@code index} differs from the first subject's. */
    public boolean differsFromFirst(int index) {
        return !values.get(index).key().equals(values.getFirst().key());
    }
}
