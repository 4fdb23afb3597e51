package nl.functiehuis.importer;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.importer.blocks.Location;

/** Collects the report entries of one document while it is parsed. */
public final class ImportReport {
    private final List<ReportEntry> entries = new ArrayList<>();

    public void info(Location at, String message) {
        entries.add(new ReportEntry(ReportEntry.Severity.INFO, at.toString(), message));
    }

    public void warn(Location at, String message) {
        entries.add(new ReportEntry(ReportEntry.Severity.WARNING, at.toString(), message));
    }

    public void skip(Location at, String message) {
        entries.add(new ReportEntry(ReportEntry.Severity.SKIPPED, at.toString(), message));
    }

    public void warn(String place, String message) {
        entries.add(new ReportEntry(ReportEntry.Severity.WARNING, place, message));
    }

    public List<ReportEntry> entries() {
        return List.copyOf(entries);
    }
}
