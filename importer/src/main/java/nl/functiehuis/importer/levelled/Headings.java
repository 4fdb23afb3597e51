package nl.functiehuis.importer.levelled;

import java.util.List;
import java.util.Optional;
import nl.functiehuis.importer.blocks.Spelling;

/**
 * The headings and labels of a levelled profile, and how a heading or label as written is matched to
 * them: parenthesised parts and footnote markers are left out, the rest goes through {@link Spelling}.
 */
final class Headings {
    static final String RESULT_AREAS = "Resultaatgebieden";
    static final String RESULT_AREA_COLUMN = "Resultaatgebied";
    static final String FACTORS = "Differentiërende factoren";
    static final String LATITUDE = "Speelruimte";
    static final String KNOWLEDGE_AND_SKILLS = "Kennis en vaardigheid";
    static final String CORE_COMPETENCIES = "Kerncompetenties";
    static final String SPECIFIC_COMPETENCIES = "Competenties";
    static final String SPECIFIC_COMPETENCIES_LONG = "Functiespecifieke competenties";

    /** Words that mark the columns of the level table: the level letter, the name and the scale. */
    static final String LEVEL_WORD = "niveau";
    static final String NAME_WORD = "naam";
    static final String SCALE_WORD = "schaal";

    private Headings() {}

    /** The label a first cell stands for: any of its parts (split on "/" and "(") may match. */
    static Optional<Match> label(String text) {
        for (String part : core(text).split("\\s*/\\s*")) {
            for (InfoLabel label : InfoLabel.values()) {
                Optional<Spelling.Match> m = Spelling.closest(part, label.spellings());
                if (m.isPresent() && !part.isBlank()) {
                    return Optional.of(new Match(label, m.get().candidate(), m.get().distance()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A heading as written without footnote markers, parenthesised parts and a leading section number:
     * "2. Kerncompetenties (X)²" → "Kerncompetenties".
     */
    static String core(String text) {
        return Footnotes.withoutMarkers(text).replaceAll("\\([^)]*\\)", " ")
                .replaceAll("^\\s*\\d+(?:\\.\\d+)*\\.?\\s+", "").replaceAll("\\s+", " ").strip();
    }

    /** The text inside the first pair of parentheses, if any: "Kerncompetenties (X)" → "X". */
    static Optional<String> parenthesised(String text) {
        int open = text.indexOf('(');
        int close = text.indexOf(')', open + 1);
        return open >= 0 && close > open + 1 ? Optional.of(text.substring(open + 1, close).strip()) : Optional.empty();
    }

    /** Whether a heading as written stands for the given heading, allowing small spelling differences. */
    static Optional<Spelling.Match> matches(String written, String heading) {
        String core = core(written);
        return core.isEmpty() ? Optional.empty() : Spelling.closest(core, List.of(heading));
    }

    /** A matched label, with the spelling it matched and how far the text was from it. */
    record Match(InfoLabel label, String spelling, int distance) {}
}
