package nl.functiehuis.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.functiehuis.Checks;

/** The rule switches of an organisation: every change, oldest first; a rule never switched is on. */
public record RuleSettings(List<RuleSetting> history) {
    public RuleSettings {
        history = Checks.list(history, "history");
    }

    public static RuleSettings none() {
        return new RuleSettings(List.of());
    }

    /** The latest change of a rule, if it was ever switched. */
    public Optional<RuleSetting> current(String ruleId) {
        return history.reversed().stream().filter(s -> s.ruleId().equals(ruleId)).findFirst();
    }

    public boolean isEnabled(String ruleId) {
        return current(ruleId).map(RuleSetting::enabled).orElse(true);
    }

    /** The latest change per rule, in the order the rules were first switched. */
    public List<RuleSetting> latest() {
        Map<String, RuleSetting> latest = new LinkedHashMap<>();
        history.forEach(s -> latest.put(s.ruleId(), s));
        return List.copyOf(latest.values());
    }
}
