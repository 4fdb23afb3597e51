package nl.functiehuis.application;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.house.Problem;
import nl.functiehuis.importer.ReportEntry;
import nl.functiehuis.importer.ReportEntry.Severity;
import org.jspecify.annotations.Nullable;

/** What one document's import collects as it goes: items touched, report entries, and problems that refuse it. */
final class ImportLog {
    private final List<ImportOutcome.Item> items = new ArrayList<>();
    private final List<ReportEntry> entries = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    ImportLog(List<ReportEntry> parserEntries) {
        entries.addAll(parserEntries);
    }

    void item(ImportOutcome.Type type, String key, @Nullable String title, ImportOutcome.Action action,
            @Nullable Integer version) {
        items.add(new ImportOutcome.Item(type, key, title, action, version));
    }

    void info(String place, String message) {
        entries.add(new ReportEntry(Severity.INFO, place, message));
    }

    void warn(String place, String message) {
        entries.add(new ReportEntry(Severity.WARNING, place, message));
    }

    void problem(String field, String message) {
        problems.add(new Problem(field, message));
    }

    void problems(List<Problem> found) {
        problems.addAll(found);
    }

    /** Stops the import, so that the transaction stores nothing, when any problem was found. */
    void refuseIfProblems() {
        if (!problems.isEmpty()) {
            throw new ImportRefused(List.copyOf(problems));
        }
    }

    List<ImportOutcome.Item> items() {
        return List.copyOf(items);
    }

    List<ReportEntry> entries() {
        return List.copyOf(entries);
    }

    boolean changed() {
        return items.stream().anyMatch(i -> i.action() != ImportOutcome.Action.UNCHANGED);
    }

    /** Thrown inside the transaction so it rolls back; carries the problems that refused the document. */
    static final class ImportRefused extends RuntimeException {
        private final List<Problem> problems;

        ImportRefused(List<Problem> problems) {
            super(problems.toString());
            this.problems = problems;
        }

        List<Problem> problems() {
            return problems;
        }
    }
}
