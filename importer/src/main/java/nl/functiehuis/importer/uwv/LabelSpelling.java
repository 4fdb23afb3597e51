package nl.functiehuis.importer.uwv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.blocks.Spelling;
import nl.functiehuis.importer.text.Inconsistency;
import nl.functiehuis.importer.text.Inconsistency.Reading;

/**
 * Cover-sheet labels read with spelling tolerance: each is reported, and labels that misspell the same
 * word part ("Funcie" in "Funcienaam:", "Funciecode:") form one inconsistency together with the places
 * (other labels, headings, column names) that spell that part correctly.
 */
final class LabelSpelling {
    private LabelSpelling() {}

    static List<Inconsistency> find(List<SummaryEntry> entries, List<Reading> elsewhere, ImportReport report) {
        Map<String, List<Reading>> typos = new LinkedHashMap<>();
        for (SummaryEntry entry : entries) {
            if (!entry.hasColon()) {
                report.warn(entry.at(), "label '" + entry.label() + "' staat zonder dubbele punt voor de waarde");
            }
            if (entry.tolerant()) {
                report.warn(entry.at(), "label '" + entry.label() + "' gelezen als '" + entry.field().canonical()
                        + "' (afwijkende spelling)");
                typos.computeIfAbsent(misspelledPart(entry), p -> new ArrayList<>()).add(new Reading(entry.label(), entry.at()));
            }
        }
        List<Inconsistency> found = new ArrayList<>();
        for (Map.Entry<String, List<Reading>> typo : typos.entrySet()) {
            String part = Spelling.fold(typo.getKey());
            List<Reading> readings = new ArrayList<>(typo.getValue());
            for (SummaryEntry entry : entries) {
                if (!entry.tolerant() && Spelling.fold(entry.label()).contains(part)) {
                    readings.add(new Reading(entry.label(), entry.at()));
                }
            }
            for (Reading other : elsewhere) {
                if (Spelling.fold(other.text()).contains(part)) {
                    readings.add(other);
                }
            }
            found.add(new Inconsistency("typo", "'" + typo.getKey().toLowerCase(java.util.Locale.ROOT)
                    + "' is in labels anders gespeld dan elders in het document", readings));
        }
        return found;
    }

    /** The part of the field's label where the written label starts to differ: "Functie" for "Funcienaam:". */
    static String misspelledPart(SummaryEntry entry) {
        String written = Spelling.fold(entry.label());
        String canonical = Spelling.fold(entry.field().canonical());
        int same = 0;
        while (same < Math.min(written.length(), canonical.length()) && written.charAt(same) == canonical.charAt(same)) {
            same++;
        }
        List<String> parts = entry.field().parts();
        int end = 0;
        for (String part : parts) {
            end += Spelling.fold(part).length();
            if (same < end) {
                return part;
            }
        }
        return parts.get(parts.size() - 1);
    }
}
