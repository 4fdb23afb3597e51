package nl.functiehuis.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.functiehuis.validation.RuleSetting;
import nl.functiehuis.validation.RuleStatus;
import nl.functiehuis.validation.Severity;
import nl.functiehuis.validation.ValidationReport;
import nl.functiehuis.validation.Violation;
import org.jspecify.annotations.Nullable;

/** A validation report as plain text: a summary line, one line per violation, then the rules switched off. */
final class ValidationText {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"))
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private ValidationText() {}

    static String of(ValidationReport report) {
        var text = new StringWriter();
        var out = new PrintWriter(text);
        int profiles = report.profiles().size();
        out.println("Validatie van " + report.house() + ": " + profiles + (profiles == 1 ? " profiel" : " profielen")
                + " gecontroleerd — " + count(report, Severity.FOUT) + ", " + count(report, Severity.WAARSCHUWING) + ", "
                + count(report, Severity.INFO));
        if (!report.violations().isEmpty()) {
            out.println();
            var table = new Columns();
            for (Violation v : report.violations()) {
                table.row(v.severity().label(), v.profileCode().value(), v.ruleId(), v.field(), v.message());
            }
            table.print(out);
        }
        if (!report.switchedOff().isEmpty()) {
            out.println();
            out.println("Uitgeschakelde regels:");
            for (RuleStatus r : report.switchedOff()) {
                out.println("  " + r.id() + "  " + r.title() + switched(r.lastChange()));
            }
        }
        out.flush();
        return text.toString();
    }

    private static String count(ValidationReport report, Severity severity) {
        int n = report.count(severity);
        return n + " " + (n == 1 ? severity.label() : severity.plural());
    }

    private static String switched(@Nullable RuleSetting s) {
        return s == null ? "" : " — uit sinds " + DATE.format(s.changedAt()) + ", door " + s.author() + ": " + s.reason();
    }
}
