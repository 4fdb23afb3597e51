package nl.functiehuis.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.house.InvalidInput;
import nl.functiehuis.validation.HouseRules;
import nl.functiehuis.validation.Rule;
import nl.functiehuis.validation.RuleSetting;
import nl.functiehuis.validation.RuleSwitches;
import org.jspecify.annotations.Nullable;

/**
 * Switches a rule off for this organisation, with a reason, or on again; every change is kept with its
 * author and time, so the report can say who switched a rule off and why.
 */
public final class SwitchRule {
    private final RuleSwitches switches;
    private final Clock clock;

    public SwitchRule(RuleSwitches switches, Clock clock) {
        this.switches = switches;
        this.clock = clock;
    }

    public RuleSetting switchOff(String ruleId, @Nullable String reason, String author) {
        return record(ruleId, false, reason, author);
    }

    public RuleSetting switchOn(String ruleId, @Nullable String reason, String author) {
        return record(ruleId, true, reason, author);
    }

    private RuleSetting record(String ruleId, boolean enabled, @Nullable String reason, String author) {
        Rule rule = HouseRules.byId(ruleId)
                .orElseThrow(() -> new InvalidInput("regel", "onbekende regel '" + ruleId + "'"));
        RuleSetting setting;
        try {
            setting = new RuleSetting(rule.id(), enabled, reason, author, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        } catch (InvalidValue e) {
            throw new InvalidInput(e.field(), e.problem());
        }
        switches.record(setting);
        return setting;
    }
}
