package nl.functiehuis.importer.booklet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.booklet.Inconsistency.Kind;
import nl.functiehuis.importer.booklet.Inconsistency.Reading;
import nl.functiehuis.importer.booklet.ProfileParts.CompetencyText;
import nl.functiehuis.importer.booklet.front.Matrix;
import nl.functiehuis.importer.booklet.front.MatrixColumn;
import nl.functiehuis.importer.booklet.front.MatrixRow;

/**
 * Reads each matrix row over the competencies of its norm function's profile text ({@link
 * Matrix#intendedLevels}) and compares the result with the levels that profile gives: every difference,
 * and every row whose letters do not fit, is reported as a WARNING.
 */
final class MatrixWiring {
    private MatrixWiring() {}

    record Result(List<MatrixReading> rows, List<LevelMismatch> mismatches) {}

    static Result read(Matrix matrix, ProfileIndex index, Findings findings, ImportReport report) {
        List<MatrixReading> rows = new ArrayList<>();
        List<LevelMismatch> mismatches = new ArrayList<>();
        for (MatrixRow row : matrix.rows()) {
            Optional<ProfileFacts> profile = index.function(row.function(), row.profileCode(), row.at(), "matrixrij");
            if (profile.isEmpty()) {
                rows.add(new MatrixReading(row.function(), row.profileCode(), Map.of(), row.at()));
                continue;
            }
            ProfileFacts p = profile.get();
            Map<String, String> levels = matrix.intendedLevels(row, p.competencies().stream().map(c -> c.name().text()).toList());
            if (levels.isEmpty()) {
                report.warn(row.at(), "matrixrij '" + row.function() + "': " + row.letters().size() + " niveauletters voor "
                        + p.competencies().size() + " competenties van profiel " + p.codeText() + "; rij niet gelezen");
                mismatches.add(new LevelMismatch(row.function(), p.codeText(), "", null, null, row.at()));
            } else {
                p.competencies().forEach(c -> compare(matrix, row, levels, p, c, findings).ifPresent(mismatches::add));
            }
            rows.add(new MatrixReading(row.function(), p.codeText(), levels, row.at()));
        }
        return new Result(rows, mismatches);
    }

    private static Optional<LevelMismatch> compare(Matrix matrix, MatrixRow row, Map<String, String> levels, ProfileFacts p,
            CompetencyText c, Findings findings) {
        String column = matrix.column(c.name().text()).map(MatrixColumn::name).orElse(c.name().text());
        String inMatrix = levels.get(column);
        String inProfile = c.letter() == null ? null : c.letter().name();
        if (Objects.equals(inMatrix, inProfile)) {
            return Optional.empty();
        }
        String what = row.function() + ", " + c.name().text();
        findings.note("matrix|" + what, Kind.FRONT_VS_PROFILE, "de competentiematrix geeft " + what + " niveau " + inMatrix
                + ", profiel " + p.codeText() + " niveau " + inProfile,
                List.of(new Reading(String.valueOf(inMatrix), row.at(), "matrix " + row.function()),
                        Findings.reading(ProfileIndex.levelLine(c), p.codeText())));
        return Optional.of(new LevelMismatch(row.function(), p.codeText(), c.name().text(), inMatrix, inProfile, row.at()));
    }
}
