package nl.functiehuis.importer;

import nl.functiehuis.Checks;

/** One line of an import report: how serious, where in the document, and what (in Dutch). */
public record ReportEntry(Severity severity, String place, String message) {

    /** INFO: what was recognised; WARNING: an inconsistency or tolerant match; SKIPPED: what was not used. */
    public enum Severity { INFO, WARNING, SKIPPED }

    public ReportEntry {
        Checks.required(severity, "severity");
        place = Checks.text(place, "place");
        message = Checks.text(message, "message");
    }
}
