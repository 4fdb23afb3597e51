package nl.functiehuis.cli;

import java.util.List;
import nl.functiehuis.comparison.ComparedLine;
import nl.functiehuis.comparison.ComparedSection;
import nl.functiehuis.comparison.ComparedValue;
import nl.functiehuis.comparison.LineGroup;
import nl.functiehuis.comparison.ProfileComparison;
import nl.functiehuis.comparison.Subject;

/** A comparison as plain text: a line that differs shows each subject's value, one that agrees its value once. */
final class CompareText {
    private CompareText() {}

    static String of(ProfileComparison comparison, boolean differencesOnly) {
        var sheet = new TextSheet();
        List<Subject> subjects = comparison.subjects();
        sheet.title("Vergelijking van " + subjects.size() + " profielen");
        subjects.forEach(s -> sheet.item(s.code() + "  " + s.title()));
        sheet.line("");
        sheet.line(comparison.differences() + " regels verschillen.");
        for (ComparedSection section : comparison.sections()) {
            if (differencesOnly && section.differences() == 0) {
                continue;
            }
            sheet.heading(section.title());
            for (LineGroup group : section.groups()) {
                List<ComparedLine> lines = group.lines().stream().filter(l -> !differencesOnly || l.differs()).toList();
                if (group.label() != null && !lines.isEmpty()) {
                    sheet.line("[" + group.label() + "]");
                }
                lines.forEach(l -> line(sheet, subjects, l));
            }
        }
        return sheet.toString();
    }

    private static void line(TextSheet sheet, List<Subject> subjects, ComparedLine line) {
        if (!line.differs()) {
            sheet.line("= " + line.label() + ": " + text(line.values().getFirst()));
            return;
        }
        sheet.line("≠ " + line.label());
        for (int i = 0; i < subjects.size(); i++) {
            sheet.indented("  " + subjects.get(i).code() + ": " + text(line.values().get(i)));
        }
    }

    private static String text(ComparedValue value) {
        return value.hint() == null || value.isEmpty() ? value.text() : value.text() + " (" + value.hint() + ")";
    }
}
