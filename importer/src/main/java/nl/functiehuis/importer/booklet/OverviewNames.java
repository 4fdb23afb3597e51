package nl.functiehuis.importer.booklet;

import java.util.List;
import nl.functiehuis.importer.blocks.Spelling;
import nl.functiehuis.importer.booklet.Inconsistency.Kind;
import nl.functiehuis.importer.booklet.Inconsistency.Reading;
import nl.functiehuis.importer.booklet.front.OverviewEntry;

/**
 * Compares the name the profile overview (3.1) gives each profile with the heading of its profile text:
 * the function name, or the function name with its subtitle. A profile named otherwise is reported, with
 * both names as written.
 */
final class OverviewNames {
    private OverviewNames() {}

    static void check(List<ProfileFacts> profiles, List<ProfileLink> links, Findings findings) {
        for (int i = 0; i < profiles.size(); i++) {
            ProfileFacts p = profiles.get(i);
            OverviewEntry entry = links.get(i).overview();
            if (entry == null) {
                continue;
            }
            String heading = p.subtitle() == null ? p.name().text() : p.name().text() + " " + p.subtitle().text();
            if (Spelling.same(entry.name(), p.name().text()) || Spelling.same(entry.name(), heading)) {
                continue;
            }
            findings.note("overzicht|" + p.codeText(), Kind.NAMING, "het overzicht van de profielen noemt " + p.codeText()
                    + " anders dan de kop van de profieltekst", List.of(new Reading(entry.name(), entry.at(), p.codeText()),
                            new Reading(heading, p.name().at(), p.codeText())));
        }
    }
}
