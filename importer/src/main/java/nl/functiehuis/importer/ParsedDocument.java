package nl.functiehuis.importer;

import java.util.List;
import nl.functiehuis.Checks;

/** A document that was read: its kind and title, the drafts it yields, its own facts and the report. */
public record ParsedDocument(
        String source, DocumentKind kind, String title, ImportDraft draft, DocumentFacts facts, List<ReportEntry> report) {
    public ParsedDocument {
        source = Checks.text(source, "source");
        Checks.required(kind, "kind");
        title = Checks.text(title, "title");
        Checks.required(draft, "draft");
        Checks.required(facts, "facts");
        report = List.copyOf(report);
    }
}
