package nl.functiehuis.importer.levelled;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.profile.FunctionLevel;
import nl.functiehuis.profile.ProfileCode;

/**
 * Builds the function levels, in letter order, from the level table (name, qualifier, scale) and the
 * code line (codes), and chooses the family's title and code.
 */
final class LevelsAssembly {
    private static final String LETTER_LIST = "\\s+[A-Z](?:\\s*(?:,|/|&|-|–|en|t/m)\\s*[A-Z])*\\s*$";

    private LevelsAssembly() {}

    /** The letters of the family: those of the level table, else those of the first per-level table. */
    static List<String> letters(LevelTable table, List<LevelledTableReader.Found> found) {
        if (!table.rows().isEmpty()) {
            return List.copyOf(new TreeSet<>(table.rowOrder()));
        }
        return found.isEmpty() ? List.of() : found.getFirst().columns().letters();
    }

    /** "Naam A, B, C" → "Naam"; else the first level's base name without its letter. */
    static String title(GeneralInfo info, LevelTable table, String source) {
        String name = info.functionName();
        if (name != null && name.matches(".*\\S" + LETTER_LIST)) {
            return name.replaceAll(LETTER_LIST, "").strip();
        }
        if (!table.rows().isEmpty()) {
            return table.rows().getFirst().baseName().replaceAll("\\s+[A-Z]$", "").strip();
        }
        return name != null ? name : source;
    }

    static List<FunctionLevel> levels(List<String> letters, GeneralInfo info, LevelTable table, String title,
            ImportReport report) {
        List<FunctionLevel> levels = new ArrayList<>();
        CodeLine codes = info.codeLine();
        Location at = codes != null ? codes.at() : table.at() != null ? table.at() : Location.line(1);
        for (String letter : letters) {
            LevelRow row = table.row(letter).orElse(null);
            String code = codes == null ? null : codes.code(letter).orElse(null);
            if (code == null) {
                code = ProfileCode.slugOf(title) + "-" + letter;
                report.warn(at, "geen code voor niveau " + letter + " gevonden; voorlopige code " + code);
            }
            String name = row != null ? row.name() : title + " " + letter;
            levels.add(new FunctionLevel(letter, ProfileCode.of(code), name, row == null ? null : row.qualifier(),
                    row == null ? null : row.scale()));
        }
        if (codes != null) {
            codes.codes().stream().filter(c -> !letters.contains(c.letter())).forEach(c -> report.warn(codes.at(),
                    "de coderegel noemt niveau " + c.letter() + " (" + c.code() + "), dat de niveautabel niet kent"));
        }
        return levels;
    }

    /**
     * The family code: the level codes in letter order joined by "/" ("3006/3007/3008"), so the family is
     * found under what the document writes and no range is invented; when that is too long, first and last.
     */
    static String familyCode(List<FunctionLevel> levels) {
        String joined = String.join("/", levels.stream().map(l -> l.code().value()).toList());
        return joined.length() <= 60 ? joined
                : levels.getFirst().code().value() + "-" + levels.getLast().code().value();
    }
}
