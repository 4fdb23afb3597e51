package nl.functiehuis.importer.levelled;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import nl.functiehuis.importer.blocks.Location;

/**
 * The code line of a levelled profile as written ("Naam A 1234 – Naam B 1235 - Naam C 1236", or
 * "A: 1234, B: 1235"): a code for each level letter, and the separators written between the parts.
 */
public record CodeLine(String asWritten, Location at, List<LevelCode> codes, List<String> separators) {
    private static final Pattern PART = Pattern.compile(
            "(?<![\\p{L}\\p{N}])([A-Z])\\s*:?\\s+((?=[\\p{L}\\p{N}./]*\\p{N})[\\p{L}\\p{N}][\\p{L}\\p{N}./]*)");

    public CodeLine {
        codes = List.copyOf(codes);
        separators = List.copyOf(separators);
    }

    /**
     * One part of the line: a level letter, its code, and the text from the code to the end of the next
     * part's letter ("3006 – Naam B"), which shows the separator in its place; empty for the last part.
     */
    public record LevelCode(String letter, String code, String joint) {}

    static CodeLine parse(String text, Location at) {
        String line = text.strip();
        List<MatchResult> parts = PART.matcher(line).results().toList();
        List<LevelCode> codes = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            MatchResult part = parts.get(i);
            String joint = "";
            if (i + 1 < parts.size()) {
                MatchResult next = parts.get(i + 1);
                joint = line.substring(part.start(2), next.end(1));
                separators.add(separator(line.substring(part.end(2), next.start(1))));
            }
            codes.add(new LevelCode(part.group(1), part.group(2), joint));
        }
        return new CodeLine(line, at, codes, separators);
    }

    /** The punctuation between two parts ("–", "-", ","), or a space when there is none. */
    private static String separator(String gap) {
        String s = gap.strip();
        int end = 0;
        while (end < s.length() && !Character.isLetterOrDigit(s.charAt(end))) {
            end++;
        }
        String sep = s.substring(0, end).strip();
        return sep.isEmpty() ? " " : sep;
    }

    public Optional<String> code(String letter) {
        return codes.stream().filter(c -> c.letter().equals(letter)).map(LevelCode::code).findFirst();
    }

    /** The separators as a set, in order of first use: more than one means the line mixes them. */
    public List<String> distinctSeparators() {
        return List.copyOf(new LinkedHashSet<>(separators));
    }
}
