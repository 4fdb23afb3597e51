package nl.functiehuis.web;

import java.util.List;
import java.util.Locale;
import nl.functiehuis.application.ImportOutcome;
import nl.functiehuis.application.ImportOutcome.Status;
import nl.functiehuis.application.ImportSummary;
import nl.functiehuis.importer.ReportEntry;
import nl.functiehuis.importer.ReportEntry.Severity;
import org.jspecify.annotations.Nullable;

/**
 * The import report page: how many documents ended how, and per document what it held, what was done
 * with each item and what the importer noticed, each with its place in the document.
 */
record ImportReport(boolean dryRun, int imported, int unchanged, int failed, List<Document> documents) {

    static ImportReport of(ImportSummary summary) {
        return new ImportReport(summary.dryRun(), summary.imported(), summary.unchanged(), summary.failed(),
                summary.documents().stream().map(d -> Document.of(d, summary.dryRun())).toList());
    }

    /** One uploaded document: status, kind and title, its items, its notices and, when it failed, why. */
    record Document(String name, String status, String statusLabel, @Nullable String kindLabel, @Nullable String title,
            String counts, List<Item> items, List<Notice> notices, List<Notice> recognised, List<String> problems) {

        static Document of(ImportOutcome o, boolean dryRun) {
            List<Notice> notices = o.entries().stream().filter(e -> e.severity() != Severity.INFO)
                    .map(Notice::of).toList();
            List<Notice> recognised = o.entries().stream().filter(e -> e.severity() == Severity.INFO)
                    .map(Notice::of).toList();
            List<String> problems = o.problems().stream()
                    .map(p -> p.field().equals("document") ? withoutName(p.message(), o.name())
                            : p.field() + ": " + p.message())
                    .toList();
            return new Document(o.name(), o.status().name().toLowerCase(Locale.ROOT),
                    ImportLabels.status(o.status(), dryRun), o.kindLabel(), o.title(), counts(o),
                    o.items().stream().map(i -> Item.of(i, dryRun)).toList(), notices, recognised, problems);
        }

        public boolean failed() {
            return status.equals(Status.FAILED.name().toLowerCase(Locale.ROOT));
        }

        /** "3 waarschuwingen, 8 overgeslagen", leaving out what did not occur. */
        public String noticeCounts() {
            long warnings = notices.stream().filter(n -> n.severity().equals("warning")).count();
            long skipped = notices.size() - warnings;
            String w = warnings == 0 ? "" : warnings + (warnings == 1 ? " waarschuwing" : " waarschuwingen");
            String k = skipped == 0 ? "" : skipped + " overgeslagen";
            return w.isEmpty() || k.isEmpty() ? w + k : w + ", " + k;
        }

        private static String counts(ImportOutcome o) {
            if (o.failed()) {
                return "Er is niets opgeslagen.";
            }
            String updated = o.count(ImportOutcome.Action.UPDATED) > 0
                    ? ", " + o.count(ImportOutcome.Action.UPDATED) + " bijgewerkt" : "";
            return o.count(ImportOutcome.Action.CREATED) + " nieuw, " + o.count(ImportOutcome.Action.NEW_VERSION)
                    + " nieuwe versie, " + o.count(ImportOutcome.Action.UNCHANGED) + " ongewijzigd" + updated;
        }

        /** The parser names the document at the start of its messages; the card already does. */
        private static String withoutName(String message, String name) {
            return message.startsWith(name + ": ") ? message.substring(name.length() + 2) : message;
        }
    }

    /** One item of a document; {@code href} leads to its page where it has one (not for what a dry run would add). */
    record Item(String type, String key, @Nullable String title, boolean showKey, boolean code, String action,
            String actionLabel, @Nullable Integer version, @Nullable String href) {

        static Item of(ImportOutcome.Item item, boolean dryRun) {
            boolean stored = !dryRun || item.action() != ImportOutcome.Action.CREATED;
            boolean distinctTitle = item.title() != null && !item.title().equals(item.key());
            boolean showKey = item.type() != ImportOutcome.Type.VACANCY || !distinctTitle;
            boolean code = item.type() != ImportOutcome.Type.QUALIFICATION;
            return new Item(ImportLabels.type(item.type()), item.key(), distinctTitle ? item.title() : null,
                    showKey, code, item.action().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    ImportLabels.action(item.action()), item.version(), stored ? ImportLabels.href(item) : null);
        }
    }

    /** What the importer noticed, and where: "regel 16", "regels 202, 219". */
    record Notice(String severity, String severityLabel, String place, String message) {

        static Notice of(ReportEntry entry) {
            return new Notice(entry.severity().name().toLowerCase(Locale.ROOT),
                    ImportLabels.severity(entry.severity()), entry.place(), entry.message());
        }
    }
}
