package nl.functiehuis.application;

import java.util.List;
import java.util.Optional;
import nl.functiehuis.house.FunctionProfiles;
import nl.functiehuis.house.HouseCatalog;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.validation.BookletStatements;
import nl.functiehuis.validation.HouseRules;
import nl.functiehuis.validation.HouseView;
import nl.functiehuis.validation.RuleSetting;
import nl.functiehuis.validation.RuleSettings;
import nl.functiehuis.validation.RuleStatus;
import nl.functiehuis.validation.RuleSwitches;
import nl.functiehuis.validation.ValidationReport;
import nl.functiehuis.validation.Validator;

/**
 * Validates the function house against the methodology rules, as a whole or for one profile: reads the
 * latest version of every profile and the reference data once, then runs core's pure {@link Validator}.
 */
public final class ValidateHouse {
    private final FunctionProfiles profiles;
    private final HouseCatalog catalog;
    private final BookletStatements statements;
    private final RuleSwitches switches;

    public ValidateHouse(FunctionProfiles profiles, HouseCatalog catalog, BookletStatements statements,
            RuleSwitches switches) {
        this.profiles = profiles;
        this.catalog = catalog;
        this.statements = statements;
        this.switches = switches;
    }

    public ValidationReport house() {
        return Validator.validate(view(), new RuleSettings(switches.history()));
    }

    /** The report of one profile, found by code, slug or level code; empty when there is no such profile. */
    public Optional<ValidationReport> profile(String code) {
        return profiles.latest(code).map(ProfileVersion::code).flatMap(c -> house().forProfile(c));
    }

    /** Every rule with its switch, without validating anything. */
    public List<RuleStatus> rules() {
        RuleSettings settings = new RuleSettings(switches.history());
        return HouseRules.all().stream().map(r -> RuleStatus.of(r, settings)).toList();
    }

    /** Every switch ever made, most recent first. */
    public List<RuleSetting> history() {
        return switches.history().reversed();
    }

    /** The house as the rules see it: the latest version of every profile. */
    public HouseView view() {
        return new HouseView(catalog.name(), profiles.latestOfAll().stream().map(ProfileVersion::profile).toList(),
                catalog.dictionaries(), catalog.series(), statements.all());
    }
}
