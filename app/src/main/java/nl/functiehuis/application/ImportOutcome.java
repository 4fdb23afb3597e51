package nl.functiehuis.application;

import java.util.List;
import nl.functiehuis.house.Problem;
import nl.functiehuis.importer.ReportEntry;
import org.jspecify.annotations.Nullable;

/**
 * What importing one document did (or, in a dry run, would do): its kind and title, every item it
 * touched with the action taken, the report entries with their place, and when it failed, why. A
 * failed document changed nothing.
 */
public record ImportOutcome(
        String name,
        Status status,
        boolean dryRun,
        @Nullable String kind,
        @Nullable String kindLabel,
        @Nullable String title,
        @Nullable String sha256,
        List<Item> items,
        List<ReportEntry> entries,
        @Nullable String reason,
        List<Problem> problems) {

    /** IMPORTED: something was stored; UNCHANGED: the house already held all of it; FAILED: nothing stored. */
    public enum Status { IMPORTED, UNCHANGED, FAILED }

    /** What kind of thing an item is. */
    public enum Type { DICTIONARY, SERIES, QUALIFICATION, PROFILE, VACANCY }

    /** What happened to an item: CREATED, NEW_VERSION (profiles), UPDATED (reference data, replaced) or UNCHANGED. */
    public enum Action { CREATED, NEW_VERSION, UPDATED, UNCHANGED }

    /** One thing the document holds: its key (code, id or name), a title, the action and the profile version. */
    public record Item(Type type, String key, @Nullable String title, Action action, @Nullable Integer version) {}

    public ImportOutcome {
        items = List.copyOf(items);
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    /** A document that could not even be read (missing, too large), so nothing was tried. */
    public static ImportOutcome unreadable(String name, boolean dryRun, String reason) {
        return failed(name, dryRun, null, List.of(new Problem("document", reason)), List.of());
    }

    static ImportOutcome failed(String name, boolean dryRun, @Nullable Parsed parsed, List<Problem> problems,
            List<ReportEntry> entries) {
        String reason = String.join("; ", problems.stream().map(ImportOutcome::describe).toList());
        return new ImportOutcome(name, Status.FAILED, dryRun, parsed == null ? null : parsed.kind(),
                parsed == null ? null : parsed.kindLabel(), parsed == null ? null : parsed.title(),
                parsed == null ? null : parsed.sha256(), List.of(), entries, reason, problems);
    }

    /** The kind, title and fingerprint of a document that was read. */
    record Parsed(String kind, String kindLabel, String title, String sha256) {}

    public long count(Action action) {
        return items.stream().filter(i -> i.action() == action).count();
    }

    public boolean failed() {
        return status == Status.FAILED;
    }

    private static String describe(Problem p) {
        return p.message().contains(p.field()) || p.field().equals("document") ? p.message() : p.toString();
    }
}
