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
 * "A: 1234, B: 1235"): a code for each level letter, and the separator written after each part.
 */
public record CodeLine(String asWritten, Location at, List<LevelCode> codes) {
    private static final Pattern PART = Pattern.compile(
            "(?<![\\p{L}\\p{N}])([A-Z])\\s*:?\\s+((?=[\\p{L}\\p{N}./]*\\p{N})[\\p{L}\\p{N}][\\p{L}\\p{N}./]*)");

    public CodeLine {
        codes = List.copyOf(codes);
    }

    /**
     * One part of the line: a level letter, its code, the separator that follows ("–", "-", ",", a space;
     * empty after the last part) and the text from the code to the next letter ("3006 – Naam B"), which
     * shows that separator in its place.
     */
    public record LevelCode(String letter, String code, String separator, String joint) {}

    static CodeLine parse(String text, Location at) {
        String line = text.strip();
        List<MatchResult> parts = PART.matcher(line).results().toList();
        List<LevelCode> codes = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            MatchResult part = parts.get(i);
            String separator = "";
            String joint = "";
            if (i + 1 < parts.size()) {
                MatchResult next = parts.get(i + 1);
                separator = separator(line.substring(part.end(2), next.start(1)));
                joint = line.substring(part.start(2), next.end(1));
            }
            codes.add(new LevelCode(part.group(1), part.group(2), separator, joint));
        }
        return new CodeLine(line, at, codes);
    }

    /** The punctuation between two parts, or a space when there is none. */
    private static String separator(String gap) {
        String s = gap.strip();
        int end = 0;
        while (end < s.length() && !Character.isLetterOrDigit(s.charAt(end))) {
            end++;
        }
        String separator = s.substring(0, end).strip();
        return separator.isEmpty() ? " " : separator;
    }

    public Optional<String> code(String letter) {
        return codes.stream().filter(c -> c.letter().equals(letter)).map(LevelCode::code).findFirst();
    }

    /** The separators between the parts, in order. */
    public List<String> separators() {
        return codes.stream().map(LevelCode::separator).filter(s -> !s.isEmpty()).toList();
    }

    /** The separators in order of first use: more than one means the line mixes them. */
    public List<String> distinctSeparators() {
        return List.copyOf(new LinkedHashSet<>(separators()));
    }
}
