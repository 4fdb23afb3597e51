package nl.functiehuis.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every rule the function house knows: the profile rules, then the group rules. */
public final class HouseRules {
    private HouseRules() {}

    public static List<Rule> all() {
        List<Rule> all = new ArrayList<>(ProfileRules.all());
        all.addAll(GroupRules.all());
        return List.copyOf(all);
    }

    public static Optional<Rule> byId(String id) {
        return all().stream().filter(r -> r.id().equalsIgnoreCase(id.strip())).findFirst();
    }
}
