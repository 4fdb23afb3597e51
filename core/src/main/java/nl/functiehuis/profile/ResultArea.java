package nl.functiehuis.profile;

import java.util.List;
import nl.functiehuis.Checks;
import nl.functiehuis.InvalidValue;

/**
 * A result area (resultaatgebied): core activities leading to results, or not applicable ("n.v.t.").
 */
public record ResultArea(String name, boolean notApplicable, List<String> activities, List<String> results) {
    public ResultArea {
        name = Checks.text(name, "name");
        activities = Checks.texts(activities, "activities");
        results = Checks.texts(results, "results");
        if (notApplicable && (!activities.isEmpty() || !results.isEmpty())) {
            throw new InvalidValue("activities", "een resultaatgebied dat n.v.t. is heeft geen kernactiviteiten of resultaten");
        }
    }

    public static ResultArea notApplicable(String name) {
        return new ResultArea(name, true, List.of(), List.of());
    }
}
