package nl.functiehuis.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.importer.DocumentFacts;
import nl.functiehuis.importer.booklet.BookletFacts;
import nl.functiehuis.importer.booklet.MatrixReading;
import nl.functiehuis.importer.booklet.StatedLevelCheck;
import nl.functiehuis.profile.ProfileCode;
import nl.functiehuis.validation.BookletStatement;
import nl.functiehuis.validation.BookletStatement.Origin;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a booklet's importer read outside the profile texts into statements the rules can check:
 * each matrix cell in its intended reading (header spellings mapped to the profiles' names), and each
 * level a group text states for a function the importer tied to a profile.
 */
final class BookletStatementImport {
    private BookletStatementImport() {}

    /** The statements of a booklet; empty for any other kind of document. */
    static Optional<List<BookletStatement>> of(String document, DocumentFacts facts) {
        if (!(facts instanceof BookletFacts booklet)) {
            return Optional.empty();
        }
        List<BookletStatement> statements = new ArrayList<>();
        Map<String, String> aliases = booklet.front().matrix().aliases();
        for (MatrixReading row : booklet.links().matrixRows()) {
            row.levels().forEach((header, letter) -> add(statements, document, Origin.MATRIX,
                    "competentiematrix, " + row.at(), row.profileCode(), row.function(),
                    aliases.getOrDefault(header, header), letter));
        }
        for (StatedLevelCheck check : booklet.links().statedLevels()) {
            var stated = check.stated();
            for (var level : check.profileLevels()) {
                add(statements, document, Origin.TEXT, "tekst over functiegroep " + stated.group() + ", " + stated.at(),
                        level.profileCode(), level.function(), stated.competency(), stated.level());
            }
        }
        return Optional.of(List.copyOf(statements));
    }

    private static void add(List<BookletStatement> statements, String document, Origin origin, String place,
            @Nullable String code, String function, String competency, String letter) {
        if (code == null) {
            return;
        }
        try {
            statements.add(new BookletStatement(document, origin, place, ProfileCode.of(code), function, competency,
                    LevelLetter.parse(letter, "niveau")));
        } catch (InvalidValue e) {
            // A cell the importer could not read as a level is in its own report; there is nothing to check.
        }
    }
}
