package nl.functiehuis.validation;

import java.util.List;
import nl.functiehuis.Checks;
import nl.functiehuis.profile.FunctionProfile;

/** A rule about one profile, which may look at the rest of the house (its dictionary, its base profile). */
public record ProfileRule(String id, String title, Severity severity, String source, String explanation, Check check)
        implements Rule {

    /** The check itself: what the profile breaks, if anything. */
    @FunctionalInterface
    public interface Check {
        List<Finding> findings(FunctionProfile profile, HouseView house);
    }

    public ProfileRule {
        id = RuleText.id(id);
        title = Checks.text(title, "title");
        Checks.required(severity, "severity");
        source = Checks.text(source, "source");
        explanation = Checks.text(explanation, "explanation");
        Checks.required(check, "check");
    }

    @Override
    public String scope() {
        return "profiel";
    }

    public List<Violation> violations(FunctionProfile profile, HouseView house) {
        return check.findings(profile, house).stream().map(f -> f.violation(this)).toList();
    }
}
