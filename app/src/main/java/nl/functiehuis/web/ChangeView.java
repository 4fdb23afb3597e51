package nl.functiehuis.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.comparison.Change;

/** A change of a version diff as the page shows it: where in Dutch ("Competenties › Integriteit › niveau"). */
record ChangeView(String where, Change change) {
    private static final Pattern STEP = Pattern.compile("([A-Za-z]+)|\\[(\\d+)]");

    static ChangeView of(Change change) {
        List<String> steps = new ArrayList<>();
        Matcher m = STEP.matcher(change.path());
        int i = 0;
        while (m.find() && i < change.trail().size()) {
            String step = change.trail().get(i++);
            String label = m.group(1) != null ? FieldLabels.of(step)
                    : step.matches("#\\d+") ? "punt " + step.substring(1) : "‘" + step + "’";
            if (!label.isEmpty()) {
                steps.add(label);
            }
        }
        return new ChangeView(steps.isEmpty() ? "Profiel" : String.join(" › ", steps), change);
    }
}
