package nl.functiehuis.importer.booklet;

import java.util.Arrays;
import java.util.Optional;
import nl.functiehuis.importer.blocks.Spelling;
import nl.functiehuis.importer.blocks.Whitespace;

/**
 * The headings and labels of a profile text in a CompetentieBOX booklet, as the genre knows them. A
 * line is recognised by its first words (tolerant to spelling through {@link Spelling}) and by what
 * may follow them: nothing, a short suffix, a name, a number or a number with a title.
 */
public enum BookletLabel {
    NAME("NAAM FUNCTIE", Rest.TEXT),
    CODE("CODE", Rest.TEXT),
    QUALIFICATIONS("Kwalificatie/opleiding", Rest.SHORT),
    SERIES("Functiereeks", Rest.NAME),
    GROUP("Functiegroep", Rest.NAME),
    CHARACTERISTICS("Overwegende functiekenmerken", Rest.NONE),
    CRITICAL("Kritische werksituaties", Rest.SHORT),
    ROLE_INTRO("Aanvulling met rol", Rest.ANY),
    ROLE("Rol en verantwoordelijkheden", Rest.NONE),
    COMPLEXITY("Complexiteit beroepshandelingen", Rest.NONE),
    COMPETENCIES("Competenties", Rest.SHORT),
    VAKKENNIS("Vakkennis", Rest.SHORT),
    VAKKENNIS_QUESTION("Over welke vakkennis", Rest.ANY),
    KNOWLEDGE("Kennis op het gebied van", Rest.NONE),
    SKILLS("Vaardigheden op het gebied van", Rest.NONE),
    EXTRA_KNOWLEDGE("Aanvulling kennis en vaardigheden", Rest.ANY),
    EDUCATION("Welke opleiding voldoet", Rest.ANY),
    CORE_TASKS_INTRO("Kerntaken en werkprocessen van", Rest.ANY),
    CORE_TASK_BLOCK("Kerntaken en werkprocessen", Rest.NUMBER),
    CORE_TASK("Kerntaak", Rest.NUMBER_TITLE);

    /** What may follow the label's words on the same line. */
    enum Rest { NONE, SHORT, NAME, TEXT, ANY, NUMBER, NUMBER_TITLE }

    /** A line recognised as a label: the label, what followed it, and how far its spelling was off. */
    public record Match(BookletLabel label, String rest, int distance) {
        public boolean exact() {
            return distance == 0;
        }
    }

    /** Lines longer than this are text, never a heading. */
    static final int MAX_HEADING_WORDS = 14;
    private static final int MAX_LABEL_WORDS = 6;

    private final String words;
    private final Rest rest;
    private final int wordCount;
    private final String folded;

    BookletLabel(String words, Rest rest) {
        this.words = words;
        this.rest = rest;
        this.wordCount = words.split(" ").length;
        this.folded = Spelling.fold(words);
    }

    /** The label as the genre knows it, e.g. "Functiereeks". */
    public String words() {
        return words;
    }

    /** The label a heading line starts with, if any; the closest spelling wins. */
    static Optional<Match> match(String line) {
        String[] tokens = Whitespace.words(line.strip());
        if (tokens.length == 0 || tokens.length > MAX_HEADING_WORDS) {
            return Optional.empty();
        }
        String[] prefixes = new String[MAX_LABEL_WORDS + 1];
        Match best = null;
        for (BookletLabel label : values()) {
            if (tokens.length < label.wordCount) {
                continue;
            }
            if (prefixes[label.wordCount] == null) {
                prefixes[label.wordCount] = Spelling.fold(String.join(" ", Arrays.copyOf(tokens, label.wordCount)));
            }
            Match m = label.test(line.strip(), prefixes[label.wordCount]);
            if (m != null && (best == null || m.distance() < best.distance())) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    private Match test(String line, String head) {
        if (Math.abs(head.length() - folded.length()) > 2) {
            return null;
        }
        int allowed = Spelling.tolerance(Math.min(head.length(), folded.length()));
        int distance = Spelling.within(head, folded, allowed);
        if (distance > allowed) {
            return null;
        }
        String after = afterWords(line, wordCount);
        return fits(after) ? new Match(this, clean(after), distance) : null;
    }

    private boolean fits(String after) {
        String t = clean(after);
        int count = t.isEmpty() ? 0 : Whitespace.words(t).length;
        return switch (rest) {
            case NONE -> count == 0;
            case SHORT -> count <= 2;
            case NAME -> count >= 1 && count <= 4;
            case TEXT -> count >= 1;
            case ANY -> true;
            case NUMBER -> t.matches("\\d{1,3}");
            case NUMBER_TITLE -> t.matches("\\d{1,3}\\s*[:.]?.*");
        };
    }

    private static String clean(String after) {
        String t = after.strip();
        t = t.startsWith(":") ? t.substring(1).strip() : t;
        return t.endsWith(":") ? t.substring(0, t.length() - 1).strip() : t;
    }

    private static String afterWords(String line, int count) {
        int i = 0;
        for (int w = 0; w < count; w++) {
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
        }
        return line.substring(i);
    }
}
