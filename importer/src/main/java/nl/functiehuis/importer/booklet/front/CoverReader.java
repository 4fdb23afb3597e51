package nl.functiehuis.importer.booklet.front;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.SourceDocument;
import org.jspecify.annotations.Nullable;

/**
 * Reads cover and colophon by shape: the cover lines before the first capitalised heading, the volume
 * label (a roman numeral and the title), the "beroepen als:" line, the website and who stands before it,
 * the licence line, and the counts the reading guide states.
 */
final class CoverReader {
    private static final Pattern VOLUME = Pattern.compile("^([IVX]{1,4})\\s+(\\p{Lu}.{0,60})$");
    private static final Pattern PROFESSIONS = Pattern.compile("(?i)\\bberoepen(?:\\s+als)?\\s*:\\s*(.*)$");
    private static final Pattern LICENSE = Pattern.compile(
            "(?i)\\blicen[tc]ie\\b[^:]*:\\s*([^.]+?(?:\\s\\d+\\.\\d+)?)(?=\\.\\s|\\.?$)");
    private static final Pattern PUBLISHER = Pattern.compile(".*\\b(?:bij|van|door)\\s+(.+?)\\s*$");
    private static final Pattern BOOKLETS = Pattern.compile("(?i)\\b" + Texts.NUMBER + "\\s+(\\p{L}*boekjes)\\b");
    private static final Pattern PARTS = Pattern.compile("(?i)\\b" + Texts.NUMBER + "\\s+delen\\b");
    private static final String SERIES_WORD = "functiereeks";

    private CoverReader() {}

    /** Reads blocks [0, frontEnd); {@code coverEnd} is where the contents start; {@code contact} the address. */
    static Cover read(SourceDocument document, int coverEnd, int frontEnd, Contact contact, int partsInContents) {
        List<Block> front = document.range(0, frontEnd).stream().filter(b -> !b.isRow()).toList();
        List<String> coverLines = new ArrayList<>();
        for (Block b : front) {
            String t = Texts.plain(b.text());
            if (Texts.isAllCaps(t) && t.length() >= 4 || b.at().number() > lineOf(document, coverEnd)) {
                break;
            }
            coverLines.add(t);
        }
        String volume = null;
        String title = null;
        List<String> professions = List.of();
        String website = null;
        String publisher = null;
        String license = null;
        for (int i = 0; i < front.size(); i++) {
            String t = Texts.plain(front.get(i).text());
            Matcher v = VOLUME.matcher(t);
            if (volume == null && v.matches() && Texts.roman(v.group(1)) > 0) {
                volume = t;
                title = v.group(2).strip();
            }
            Matcher p = PROFESSIONS.matcher(t);
            if (professions.isEmpty() && p.find()) {
                professions = professions(front, i, p.group(1));
            }
            Matcher w = ContactReader.WEBSITE.matcher(t);
            if (website == null && w.find()) {
                website = w.group();
                Matcher by = PUBLISHER.matcher(t.substring(0, w.start()));
                publisher = by.find() ? by.group(1).strip() : null;
            }
            Matcher l = LICENSE.matcher(t);
            if (license == null && l.find()) {
                license = l.group(1).strip();
            }
        }
        int at = title == null ? -1 : indexOf(coverLines, title);
        String series = at >= 1 ? coverLines.getFirst() : null;
        String box = at >= 2 ? coverLines.get(at - 1) : null;
        Integer parts = count(front, PARTS, null);
        return new Cover(series, box, title, volume, professions, publisher, website != null ? website
                : contact.website(), license, contact, count(front, BOOKLETS, SERIES_WORD),
                parts != null ? parts : partsInContents > 0 ? partsInContents : null);
    }

    private static int lineOf(SourceDocument document, int index) {
        return index < document.size() && index > 0 ? document.get(index).at().number() : Integer.MAX_VALUE;
    }

    private static int indexOf(List<String> lines, String title) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equalsIgnoreCase(title)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> professions(List<Block> front, int i, String first) {
        StringBuilder text = new StringBuilder(first.strip());
        for (int j = i + 1; j < front.size() && text.toString().matches(".*(,|\\s(en|of))$"); j++) {
            text.append(' ').append(Texts.plain(front.get(j).text()));
        }
        return Arrays.stream(text.toString().split(",\\s*|(?<!-)\\s+en\\s+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** The first count matched in a sentence that, when {@code about} is given, also names it. */
    private static @Nullable Integer count(List<Block> front, Pattern pattern, @Nullable String about) {
        for (Block b : front) {
            for (String sentence : Texts.sentences(b.text())) {
                Matcher m = pattern.matcher(sentence);
                if (m.find() && (about == null || sentence.toLowerCase(java.util.Locale.ROOT).contains(about))) {
                    return Texts.number(m.group(1));
                }
            }
        }
        return null;
    }
}
