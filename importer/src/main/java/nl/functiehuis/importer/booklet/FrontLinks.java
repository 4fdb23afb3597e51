package nl.functiehuis.importer.booklet;

import java.util.List;

/**
 * How the front matter ties to the profile texts: each profile's overview entry and NLQF row, the matrix
 * rows read over their profiles' competencies (and where they differ from the profiles), and the levels
 * the group texts state, checked against the profiles.
 */
public record FrontLinks(List<ProfileLink> profiles, List<MatrixReading> matrixRows, List<LevelMismatch> matrixMismatches,
        List<StatedLevelCheck> statedLevels) {

    public FrontLinks {
        profiles = List.copyOf(profiles);
        matrixRows = List.copyOf(matrixRows);
        matrixMismatches = List.copyOf(matrixMismatches);
        statedLevels = List.copyOf(statedLevels);
    }
}
