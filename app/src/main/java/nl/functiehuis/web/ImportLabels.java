package nl.functiehuis.web;

import nl.functiehuis.application.ImportOutcome;
import nl.functiehuis.importer.ReportEntry;
import nl.functiehuis.profile.ProfileCode;
import org.jspecify.annotations.Nullable;

/** Dutch words for the import report, and the page an imported item can be seen on. */
final class ImportLabels {
    private ImportLabels() {}

    static String status(ImportOutcome.Status status, boolean dryRun) {
        return switch (status) {
            case IMPORTED -> dryRun ? "Kan worden geïmporteerd" : "Geïmporteerd";
            case UNCHANGED -> "Ongewijzigd";
            case FAILED -> "Mislukt";
        };
    }

    static String type(ImportOutcome.Type type) {
        return switch (type) {
            case DICTIONARY -> "Woordenboek";
            case SERIES -> "Functiereeks";
            case QUALIFICATION -> "Kwalificatie";
            case PROFILE -> "Profiel";
            case VACANCY -> "Vacature";
        };
    }

    static String action(ImportOutcome.Action action) {
        return switch (action) {
            case CREATED -> "Nieuw";
            case NEW_VERSION -> "Nieuwe versie";
            case UPDATED -> "Bijgewerkt";
            case UNCHANGED -> "Ongewijzigd";
        };
    }

    static String severity(ReportEntry.Severity severity) {
        return switch (severity) {
            case INFO -> "Herkend";
            case WARNING -> "Waarschuwing";
            case SKIPPED -> "Overgeslagen";
        };
    }

    /** Profiles and dictionaries have a page; series, qualifications and vacancies do not (yet). */
    static @Nullable String href(ImportOutcome.Item item) {
        return switch (item.type()) {
            case PROFILE -> "/profielen/" + ProfileCode.slugOf(item.key());
            case DICTIONARY -> "/woordenboek/" + item.key();
            case SERIES, QUALIFICATION, VACANCY -> null;
        };
    }
}
