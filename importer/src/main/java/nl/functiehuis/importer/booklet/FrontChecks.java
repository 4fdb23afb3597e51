package nl.functiehuis.importer.booklet;

import java.util.List;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.booklet.front.FrontMatter;

/**
 * Wires the front matter to the profile texts: links each profile to its overview entry and NLQF row, reads
 * the matrix over the profiles, checks the levels the group texts state, the overview's names and each
 * minimum education against its NLQF level. Contradictions become findings; the profiles stay the authority.
 */
final class FrontChecks {
    private FrontChecks() {}

    static FrontLinks check(FrontMatter front, List<ProfileFacts> profiles, Findings findings, ImportReport report) {
        List<ProfileLink> links = ProfileLinker.link(profiles, front, report);
        var index = new ProfileIndex(profiles, front, report);
        var matrix = MatrixWiring.read(front.matrix(), index, findings, report);
        var stated = StatedLevels.check(front, index, matrix.rows(), findings);
        OverviewNames.check(profiles, links, findings);
        EducationCheck.check(profiles, links, findings);
        return new FrontLinks(links, matrix.rows(), matrix.mismatches(), stated);
    }
}
