package nl.functiehuis.application;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.functiehuis.profile.ProfileCode;
import nl.functiehuis.validation.RuleSetting;
import nl.functiehuis.validation.RuleStatus;
import nl.functiehuis.validation.Severity;
import nl.functiehuis.validation.ValidationReport;
import nl.functiehuis.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * A validation report as one JSON document, the same for {@code validate --json} and
 * {@code GET /api/validation}: totals, each violation with its rule and profile, and every rule with its switch.
 */
public record ReportDocument(String house, @Nullable String profile, boolean valid, Totals totals,
        List<Item> violations, List<RuleItem> rules) {

    /** How many profiles were checked and how many violations of each severity were found. */
    public record Totals(int profiles, int fout, int waarschuwing, int info) {}

    /** One violation, with the title and source of its rule and the title of its profile. */
    public record Item(String rule, String ruleTitle, Severity severity, String severityLabel, String profile,
            String profileTitle, String field, String message, String source) {}

    /** One rule and whether it is on; for a switched rule who changed it, when and why. */
    public record RuleItem(String id, String title, Severity severity, String source, String scope, boolean enabled,
            @Nullable String reason, @Nullable String changedBy, @Nullable Instant changedAt) {}

    public static ReportDocument of(ValidationReport report, @Nullable String profile) {
        var totals = new Totals(report.profiles().size(), report.count(Severity.FOUT), report.count(Severity.WAARSCHUWING),
                report.count(Severity.INFO));
        Map<ProfileCode, String> titles = new HashMap<>();
        report.profiles().forEach(p -> titles.putIfAbsent(p.code(), p.title()));
        return new ReportDocument(report.house(), profile, !report.hasErrors(), totals,
                report.violations().stream().map(v -> item(v, report, titles)).toList(),
                report.rules().stream().map(ReportDocument::rule).toList());
    }

    private static Item item(Violation v, ValidationReport report, Map<ProfileCode, String> titles) {
        RuleStatus rule = report.rule(v.ruleId()).orElseThrow();
        String title = titles.getOrDefault(v.profileCode(), v.profileCode().value());
        return new Item(v.ruleId(), rule.title(), v.severity(), v.severity().label(), v.profileCode().value(), title,
                v.field(), v.message(), rule.source());
    }

    private static RuleItem rule(RuleStatus r) {
        RuleSetting last = r.lastChange();
        return new RuleItem(r.id(), r.title(), r.severity(), r.source(), r.scope(), r.enabled(),
                last == null ? null : last.reason(), last == null ? null : last.author(),
                last == null ? null : last.changedAt());
    }
}
