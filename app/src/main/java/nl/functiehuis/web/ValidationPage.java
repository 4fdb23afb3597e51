package nl.functiehuis.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.functiehuis.validation.CheckedProfile;
import nl.functiehuis.validation.RuleStatus;
import nl.functiehuis.validation.Severity;
import nl.functiehuis.validation.ValidationReport;
import nl.functiehuis.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * The validation report as the web pages show it: counts per severity, then per severity the profiles
 * with what each breaks. {@code severity} is the filter chosen, {@code profile} set when one profile is shown.
 */
record ValidationPage(String house, int profiles, Map<Severity, Integer> counts, @Nullable Severity severity,
        @Nullable CheckedProfile profile, List<SeverityBlock> blocks, List<RuleStatus> switchedOff) {

    /** The profiles with violations of one severity. */
    record SeverityBlock(Severity severity, int count, List<ProfileBlock> profiles) {}

    /** One profile and its violations. */
    record ProfileBlock(String code, String slug, String title, List<Item> items) {}

    /** How many violations of each severity, and that as Dutch text ("1 fout, 2 info"). */
    record Counts(int errors, int warnings, int infos) {
        static Counts of(ValidationReport report) {
            return new Counts(report.count(Severity.FOUT), report.count(Severity.WAARSCHUWING), report.count(Severity.INFO));
        }

        public String text() {
            List<String> parts = new ArrayList<>();
            add(parts, errors, Severity.FOUT);
            add(parts, warnings, Severity.WAARSCHUWING);
            add(parts, infos, Severity.INFO);
            return String.join(", ", parts);
        }

        private static void add(List<String> parts, int n, Severity s) {
            if (n > 0) {
                parts.add(n + " " + (n == 1 ? s.label() : s.plural()));
            }
        }
    }

    /** One violation with its rule's title and source. */
    record Item(Severity severity, String ruleId, String ruleTitle, String source, String field, String message) {}

    static ValidationPage of(ValidationReport report, @Nullable Severity severity, boolean oneProfile) {
        Map<Severity, Integer> counts = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            counts.put(s, report.count(s));
        }
        List<SeverityBlock> blocks = new ArrayList<>();
        for (Severity s : Severity.values()) {
            if ((severity == null || severity == s) && report.count(s) > 0) {
                blocks.add(new SeverityBlock(s, report.count(s), profiles(report, report.of(s))));
            }
        }
        return new ValidationPage(report.house(), report.profiles().size(), counts, severity,
                oneProfile ? report.profiles().getFirst() : null, blocks, report.switchedOff());
    }

    /** Every violation of a report as items, most serious first (for the box on a profile page). */
    static List<Item> items(ValidationReport report) {
        return report.violations().stream().map(v -> item(v, report)).toList();
    }

    /** The severity a filter value names ("fout", "waarschuwing", "info"), if any. */
    static Optional<Severity> severity(@Nullable String label) {
        if (label == null) {
            return Optional.empty();
        }
        String l = label.strip().toLowerCase(Locale.ROOT);
        for (Severity s : Severity.values()) {
            if (s.label().equals(l)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static List<ProfileBlock> profiles(ValidationReport report, List<Violation> violations) {
        Map<String, List<Item>> byProfile = new LinkedHashMap<>();
        violations.forEach(v -> byProfile.computeIfAbsent(v.profileCode().value(), k -> new ArrayList<>()).add(item(v, report)));
        List<ProfileBlock> blocks = new ArrayList<>();
        for (CheckedProfile p : report.profiles()) {
            List<Item> items = byProfile.get(p.code().value());
            if (items != null) {
                blocks.add(new ProfileBlock(p.code().value(), p.code().slug(), p.title(), items));
            }
        }
        return blocks;
    }

    private static Item item(Violation v, ValidationReport report) {
        RuleStatus rule = report.rule(v.ruleId()).orElseThrow();
        return new Item(v.severity(), v.ruleId(), rule.title(), rule.source(), v.field(), v.message());
    }
}
