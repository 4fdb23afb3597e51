package nl.functiehuis.importer.booklet.front;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Spelling;
import nl.functiehuis.importer.booklet.front.Inconsistency.Kind;

/**
 * Checks the methodology against the matrix: the dictionary size the text states against the header's
 * columns, and each dimension's adjective against its matrix label ("Relationeel" → "relationele").
 */
final class TextChecks {
    private TextChecks() {}

    static void competencyCount(CompetencyModel model, Matrix matrix, Findings findings) {
        Quote stated = model.statedCompetencyCountText();
        if (stated == null || matrix.columnCount() == 0 || model.statedCompetencyCount() == matrix.columnCount()) {
            return;
        }
        findings.add(Kind.COUNT, "De tekst noemt " + Findings.quoted(stated) + ", maar de kop van de matrix ("
                + matrix.headerAt() + ") telt " + matrix.columnCount() + " competenties.", List.of(stated));
    }

    static void dimensionSpelling(CompetencyModel model, Matrix matrix, List<Block> text, Findings findings) {
        for (DimensionText d : model.dimensions()) {
            String label = d.matrixLabel();
            if (label == null || matrix.dimensionRowAt() == null) {
                continue;
            }
            String inflected = inflect(label);
            String adjective = d.adjective();
            if (Spelling.fold(adjective).equals(Spelling.fold(inflected)) || Spelling.fold(adjective).equals(
                    Spelling.fold(label))) {
                continue;
            }
            List<Quote> quotes = new ArrayList<>(List.of(new Quote(d.name(), d.at())));
            usage(text, inflected).ifPresent(quotes::add);
            quotes.add(new Quote(label, matrix.dimensionRowAt()));
            findings.add(Kind.SPELLING, "De dimensie " + Findings.quoted(quotes.getFirst()) + " wordt elders anders "
                    + "gespeld: " + String.join(" en ", quotes.subList(1, quotes.size()).stream()
                            .map(Findings::quoted).toList()) + ".", quotes);
        }
    }

    /** The adjective form of a dimension label: "Relationeel" → "Relationele", "Persoonlijk" → "Persoonlijke". */
    static String inflect(String label) {
        return label.endsWith("eel") ? label.substring(0, label.length() - 3) + "ele" : label + "e";
    }

    private static Optional<Quote> usage(List<Block> text, String word) {
        Pattern p = Pattern.compile("(?iu)(?<!\\p{L})(" + Pattern.quote(word) + "\\s+\\p{L}+)");
        for (Block b : text) {
            Matcher m = p.matcher(Texts.plain(b.text()));
            if (!b.isRow() && m.find()) {
                return Optional.of(new Quote(m.group(1), b.at()));
            }
        }
        return Optional.empty();
    }
}
