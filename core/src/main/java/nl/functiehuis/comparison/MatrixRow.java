package nl.functiehuis.comparison;

import java.util.List;
import nl.functiehuis.Checks;
import nl.functiehuis.profile.ProfileCode;
import org.jspecify.annotations.Nullable;

/**
 * A row of a competency matrix: a subject with a cell per column. {@code band} is the row group it is
 * listed under (a function group within a series); {@code sharedBy} lists the enriched profiles that ask
 * exactly what this row asks and so are not repeated as rows of their own.
 */
public record MatrixRow(Subject subject, @Nullable String band, List<Cell> cells, List<ProfileCode> sharedBy) {
    public MatrixRow {
        Checks.required(subject, "subject");
        band = Checks.optional(band);
        cells = Checks.list(cells, "cells");
        sharedBy = Checks.list(sharedBy, "sharedBy");
    }

    public ProfileCode code() {
        return subject.code();
    }

    public String title() {
        return subject.title();
    }
}
