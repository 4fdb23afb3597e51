package nl.functiehuis.importer.booklet.front;

import java.util.List;
import java.util.Optional;

/**
 * What a booklet says before its profiles (parts 1 and 2 and the overview of part 3), as written: cover
 * and colophon, contents, the competency model of the methodology section, the series and group texts,
 * the competency matrix, the NLQF tables and the profile overview, plus the inconsistencies found in them.
 */
public record FrontMatter(Cover cover, List<ContentsEntry> contents, CompetencyModel competencyModel,
        SeriesText series, Matrix matrix, Nlqf nlqf, Overview overview, List<Inconsistency> inconsistencies) {

    public FrontMatter {
        contents = List.copyOf(contents);
        inconsistencies = List.copyOf(inconsistencies);
    }

    public static FrontMatter empty() {
        return new FrontMatter(Cover.empty(), List.of(), CompetencyModel.empty(), SeriesText.empty(),
                Matrix.empty(), Nlqf.empty(), Overview.empty(), List.of());
    }

    /** The group a matrix row belongs to: by its group label, else by the group name in its function. */
    public Optional<GroupText> groupOf(MatrixRow row) {
        return MatrixChecks.groupOf(row, series.groups());
    }

    /** All levels the group texts state, in document order. */
    public List<StatedLevel> statedLevels() {
        return series.groups().stream().flatMap(g -> g.statedLevels().stream()).toList();
    }
}
