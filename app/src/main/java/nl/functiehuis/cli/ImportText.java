package nl.functiehuis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import nl.functiehuis.application.ImportOutcome;
import nl.functiehuis.application.ImportOutcome.Action;
import nl.functiehuis.application.ImportSummary;
import nl.functiehuis.importer.ReportEntry;

/** The import report as text: per document a count line, then its items, report entries and problems. */
final class ImportText {
    private ImportText() {}

    static void print(ImportSummary summary, List<Path> files, PrintWriter out) {
        for (int i = 0; i < summary.documents().size(); i++) {
            document(summary.documents().get(i), files.get(i), out);
        }
        out.println((summary.dryRun() ? "Proefimport, er is niets opgeslagen: " : "")
                + summary.imported() + " geïmporteerd, " + summary.unchanged() + " ongewijzigd, "
                + summary.failed() + " niet geïmporteerd");
    }

    private static void document(ImportOutcome o, Path file, PrintWriter out) {
        String kind = o.kindLabel() == null ? "" : o.kindLabel() + " — ";
        if (o.failed()) {
            out.println(file + ": " + kind + "niet geïmporteerd, er is niets veranderd");
            o.problems().forEach(p -> out.println("  fout          "
                    + (p.field().equals("document") ? "" : p.field() + ": ") + withoutName(p.message(), o.name())));
        } else {
            String updated = o.count(Action.UPDATED) > 0 ? ", " + o.count(Action.UPDATED) + " bijgewerkt" : "";
            out.println(file + ": " + kind + o.count(Action.CREATED) + " nieuw, " + o.count(Action.NEW_VERSION)
                    + " nieuwe versie, " + o.count(Action.UNCHANGED) + " ongewijzigd" + updated);
            o.items().forEach(item -> out.println("  " + pad(action(item.action()), 14) + item(item)));
        }
        o.entries().forEach(e -> out.println("  " + pad(severity(e.severity()), 14) + e.place() + ": " + e.message()));
    }

    /** The parser names the document in its messages; the report already did. */
    static String withoutName(String message, String name) {
        return message.startsWith(name + ": ") ? message.substring(name.length() + 2) : message;
    }

    private static String item(ImportOutcome.Item item) {
        String title = item.title() == null || item.title().equals(item.key()) ? "" : " " + item.title();
        String version = item.version() == null ? "" : " (versie " + item.version() + ")";
        return type(item.type()) + " " + item.key() + title + version;
    }

    private static String type(ImportOutcome.Type type) {
        return switch (type) {
            case DICTIONARY -> "woordenboek";
            case SERIES -> "functiereeks";
            case QUALIFICATION -> "kwalificatie";
            case PROFILE -> "profiel";
            case VACANCY -> "vacature";
        };
    }

    private static String action(Action action) {
        return switch (action) {
            case CREATED -> "nieuw";
            case NEW_VERSION -> "nieuwe versie";
            case UPDATED -> "bijgewerkt";
            case UNCHANGED -> "ongewijzigd";
        };
    }

    private static String severity(ReportEntry.Severity severity) {
        return switch (severity) {
            case INFO -> "info";
            case WARNING -> "waarschuwing";
            case SKIPPED -> "overgeslagen";
        };
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }
}
