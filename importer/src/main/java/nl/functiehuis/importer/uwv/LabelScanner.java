package nl.functiehuis.importer.uwv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.importer.blocks.Spelling;

/**
 * Finds cover-sheet labels in a cell: a label ends with a colon ("Funcienaam: …", spelling tolerated),
 * or, spelled exactly, opens the cell without one ("Status Definitief"). Several labels may share a cell.
 */
final class LabelScanner {
    private static final int LONGEST_LABEL = 4;
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final List<String> CANONICAL = Arrays.stream(SummaryField.values()).map(SummaryField::canonical).toList();

    private LabelScanner() {}

    static List<SummaryEntry> scan(String text, Location at) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
        }
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Optional<Hit> hit = hitAt(text, tokens, i);
            if (hit.isPresent()) {
                hits.add(hit.get());
                i += hit.get().tokens();
            } else {
                i++;
            }
        }
        List<SummaryEntry> entries = new ArrayList<>();
        for (int h = 0; h < hits.size(); h++) {
            Hit hit = hits.get(h);
            int end = h + 1 < hits.size() ? hits.get(h + 1).start() : text.length();
            entries.add(new SummaryEntry(hit.field(), hit.written(), text.substring(hit.end(), end).strip(), at,
                    hit.distance()));
        }
        return entries;
    }

    private record Hit(SummaryField field, String written, int start, int end, int tokens, int distance) {}

    private static Optional<Hit> hitAt(String text, List<int[]> tokens, int i) {
        Hit best = null;
        for (int n = 1; n <= LONGEST_LABEL && i + n <= tokens.size(); n++) {
            String written = text.substring(tokens.get(i)[0], tokens.get(i + n - 1)[1]);
            if (written.substring(0, written.length() - 1).contains(":")) {
                break;
            }
            boolean colon = written.endsWith(":");
            boolean opensCell = i == 0 && i + n < tokens.size();
            if (!colon && !opensCell) {
                continue;
            }
            String label = colon ? written.substring(0, written.length() - 1) : written;
            Optional<Spelling.Match> match = Spelling.closest(label, CANONICAL);
            if (match.isEmpty() || !colon && !match.get().exact()) {
                continue;
            }
            Hit hit = new Hit(SummaryField.of(match.get().candidate()), written, tokens.get(i)[0], tokens.get(i + n - 1)[1], n,
                    match.get().distance());
            if (best == null || hit.written().endsWith(":") && !best.written().endsWith(":")
                    || hit.distance() < best.distance()) {
                best = hit;
            }
        }
        return Optional.ofNullable(best);
    }
}
