package nl.functiehuis.validation;

import java.util.List;

/** Storage port for rule switches. Changes are only ever added, so the history stays complete. */
public interface RuleSwitches {

    /** Every change ever made, oldest first. */
    List<RuleSetting> history();

    void record(RuleSetting setting);
}
