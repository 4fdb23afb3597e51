package nl.functiehuis.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.functiehuis.profile.FunctionProfile;

/**
 * Validates a house: every switched-on profile rule on every profile, every switched-on group rule on
 * every function group and levelled family. A pure function of its input: no storage, no clock.
 */
public final class Validator {
    private Validator() {}

    public static ValidationReport validate(HouseView house, RuleSettings settings) {
        List<ProfileRule> profileRules = ProfileRules.all().stream().filter(r -> settings.isEnabled(r.id())).toList();
        List<GroupRule> groupRules = GroupRules.all().stream().filter(r -> settings.isEnabled(r.id())).toList();
        List<Violation> violations = new ArrayList<>();
        for (FunctionProfile profile : house.profiles()) {
            profileRules.forEach(r -> violations.addAll(r.violations(profile, house)));
        }
        if (!groupRules.isEmpty()) {
            for (Ladder ladder : Ladders.of(house)) {
                groupRules.forEach(r -> violations.addAll(r.violations(ladder)));
            }
        }
        List<Rule> rules = HouseRules.all();
        Map<String, Integer> ruleOrder = new HashMap<>();
        rules.forEach(r -> ruleOrder.put(r.id(), ruleOrder.size()));
        Map<String, Integer> profileOrder = new HashMap<>();
        house.profiles().forEach(p -> profileOrder.putIfAbsent(p.code().value(), profileOrder.size()));
        violations.sort(Comparator.comparing(Violation::severity)
                .thenComparing(v -> profileOrder.getOrDefault(v.profileCode().value(), Integer.MAX_VALUE))
                .thenComparing(v -> ruleOrder.get(v.ruleId())));
        return new ValidationReport(house.name(), house.profiles().stream().map(CheckedProfile::of).toList(),
                rules.stream().map(r -> RuleStatus.of(r, settings)).toList(), violations);
    }
}
