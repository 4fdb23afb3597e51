package nl.functiehuis.validation;

import java.util.List;
import nl.functiehuis.Checks;

/**
 * A rule about the functions of one function group or the levels of one levelled family, ranked from
 * the lightest to the heaviest as a {@link Ladder}.
 */
public record GroupRule(String id, String title, Severity severity, String source, String explanation, Check check)
        implements Rule {

    /** The check itself: what the ladder's rungs break, each finding naming its profile. */
    @FunctionalInterface
    public interface Check {
        List<Finding> findings(Ladder ladder);
    }

    public GroupRule {
        id = RuleText.id(id);
        title = Checks.text(title, "title");
        Checks.required(severity, "severity");
        source = Checks.text(source, "source");
        explanation = Checks.text(explanation, "explanation");
        Checks.required(check, "check");
    }

    @Override
    public String scope() {
        return "functiegroep of -familie";
    }

    public List<Violation> violations(Ladder ladder) {
        return check.findings(ladder).stream().map(f -> f.violation(this)).toList();
    }
}
