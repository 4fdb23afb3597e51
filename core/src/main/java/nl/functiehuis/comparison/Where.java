package nl.functiehuis.comparison;

import java.util.ArrayList;
import java.util.List;

/** A place in a profile while two versions are walked: the machine path and the readable trail. */
record Where(String path, List<String> trail) {

    static Where root() {
        return new Where("", List.of());
    }

    Where field(String name) {
        return new Where(path.isEmpty() ? name : path + "." + name, with(name));
    }

    Where item(int index, String label) {
        return new Where(path + "[" + index + "]", with(label));
    }

    String text() {
        return path.isEmpty() ? "(profiel)" : path;
    }

    private List<String> with(String step) {
        List<String> steps = new ArrayList<>(trail);
        steps.add(step);
        return List.copyOf(steps);
    }
}
