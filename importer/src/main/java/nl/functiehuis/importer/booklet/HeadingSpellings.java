package nl.functiehuis.importer.booklet;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.importer.booklet.Inconsistency.Kind;
import nl.functiehuis.importer.booklet.Inconsistency.Reading;
import nl.functiehuis.importer.booklet.ProfileParts.HeadingUse;

/**
 * Collects, per label, every heading line that was recognised only through spelling tolerance,
 * together with the correctly spelled ones: one inconsistency per label that is written in more than one way.
 */
final class HeadingSpellings {
    private HeadingSpellings() {}

    static void check(List<ProfileFacts> profiles, Findings findings) {
        for (BookletLabel label : BookletLabel.values()) {
            List<Reading> readings = new ArrayList<>();
            boolean tolerant = false;
            for (ProfileFacts p : profiles) {
                for (HeadingUse h : p.headings()) {
                    if (h.label() == label) {
                        readings.add(Findings.reading(h.asWritten(), p.codeText()));
                        tolerant |= !h.exact();
                    }
                }
            }
            if (tolerant) {
                findings.note("kop|" + label, Kind.HEADING_SPELLING,
                        "kop '" + label.words() + "' is niet overal even gespeld (per profiel als geschreven)", readings);
            }
        }
    }
}
