package nl.functiehuis.validation;

import org.jspecify.annotations.Nullable;

/** A rule as a report shows it: what it is, and whether it is on, with its latest switch if any. */
public record RuleStatus(String id, String title, Severity severity, String source, String explanation, String scope,
        boolean enabled, @Nullable RuleSetting lastChange) {

    public static RuleStatus of(Rule rule, RuleSettings settings) {
        return new RuleStatus(rule.id(), rule.title(), rule.severity(), rule.source(), rule.explanation(), rule.scope(),
                settings.isEnabled(rule.id()), settings.current(rule.id()).orElse(null));
    }
}
