package nl.functiehuis.validation;

import java.util.List;
import java.util.Optional;
import nl.functiehuis.Checks;
import nl.functiehuis.profile.ProfileCode;

/**
 * The outcome of validating a house, or one profile of it: the profiles checked, every rule with its
 * switch, and the violations found, most serious first.
 */
public record ValidationReport(String house, List<CheckedProfile> profiles, List<RuleStatus> rules,
        List<Violation> violations) {

    public ValidationReport {
        house = Checks.text(house, "house");
        profiles = Checks.list(profiles, "profiles");
        rules = Checks.list(rules, "rules");
        violations = Checks.list(violations, "violations");
    }

    public List<Violation> errors() {
        return of(Severity.FOUT);
    }

    public List<Violation> warnings() {
        return of(Severity.WAARSCHUWING);
    }

    public List<Violation> infos() {
        return of(Severity.INFO);
    }

    public List<Violation> of(Severity severity) {
        return violations.stream().filter(v -> v.severity() == severity).toList();
    }

    public int count(Severity severity) {
        return of(severity).size();
    }

    public boolean hasErrors() {
        return violations.stream().anyMatch(v -> v.severity() == Severity.FOUT);
    }

    public List<Violation> violationsOf(ProfileCode code) {
        return violations.stream().filter(v -> v.profileCode().equals(code)).toList();
    }

    /** The rules an organisation switched off, with who did so and why. */
    public List<RuleStatus> switchedOff() {
        return rules.stream().filter(r -> !r.enabled()).toList();
    }

    public Optional<RuleStatus> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The same report narrowed to one profile; empty when that profile was not checked. */
    public Optional<ValidationReport> forProfile(ProfileCode code) {
        return profiles.stream().filter(p -> p.code().equals(code)).findFirst()
                .map(p -> new ValidationReport(house, List.of(p), rules, violationsOf(code)));
    }
}
