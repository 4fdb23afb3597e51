package nl.functiehuis.api;

import java.util.List;
import nl.functiehuis.comparison.Change;
import nl.functiehuis.comparison.VersionDiff;

/** The changes between two versions of a profile, in JSON. */
record VersionDiffView(String code, int from, int to, List<Change> changes) {

    static VersionDiffView of(VersionDiff d) {
        return new VersionDiffView(d.from().code().value(), d.from().number(), d.to().number(), d.changes());
    }
}
