package nl.functiehuis.importer.booklet.front;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.SourceDocument;

/**
 * The numbered headings between the contents and the profiles: "1.2 Title" (at least one dot) and
 * part headings "Deel 2 Title". A footnote ("5 Zie …") has no dot and is no heading.
 */
final class Headings {
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+(?:\\.\\d+)+|\\d+\\.)\\s+(\\p{L}.*)$");
    private static final Pattern PART = Pattern.compile("^((?i:deel|hoofdstuk)\\s+\\d+)\\s+(\\p{L}.*)$");
    private static final int MAX_WORDS = 14;

    private final SourceDocument document;
    private final List<Heading> all;
    private final int end;

    private Headings(SourceDocument document, List<Heading> all, int end) {
        this.document = document;
        this.all = all;
        this.end = end;
    }

    static Headings find(SourceDocument document, int from, int to) {
        List<Heading> found = new ArrayList<>();
        for (int i = Math.max(0, from); i < to; i++) {
            Block b = document.get(i);
            if (b.isRow() || b.isBulleted()) {
                continue;
            }
            String text = Texts.plain(b.text());
            Matcher m = NUMBERED.matcher(text);
            Matcher p = PART.matcher(text);
            Matcher hit = m.matches() ? m : p.matches() ? p : null;
            if (hit != null && looksLikeTitle(hit.group(2))) {
                String number = hit.group(1).replaceAll("\\.$", "");
                found.add(new Heading(number, hit.group(2).strip(), i, b.at()));
            }
        }
        return new Headings(document, List.copyOf(found), to);
    }

    private static boolean looksLikeTitle(String title) {
        return title.split("\\s+").length <= MAX_WORDS && !title.matches(".*[.;]$") && !title.contains("http");
    }

    List<Heading> all() {
        return all;
    }

    Optional<Heading> first(Predicate<Heading> test) {
        return all.stream().filter(test).findFirst();
    }

    /** The headings directly or indirectly inside {@code parent}, in order. */
    List<Heading> inside(Heading parent) {
        return all.stream().filter(parent::contains).toList();
    }

    /** The block index where the section of {@code h} ends: the next heading that is not inside it. */
    int end(Heading h) {
        for (Heading next : all) {
            if (next.index() > h.index() && !h.contains(next)) {
                return next.index();
            }
        }
        return end;
    }

    /** The block index where the text of {@code h} itself ends: the next heading of any level. */
    int ownEnd(Heading h) {
        return all.stream().filter(n -> n.index() > h.index()).mapToInt(Heading::index).findFirst().orElse(end);
    }

    /** The innermost heading whose section holds block {@code index}, if any. */
    Optional<Heading> enclosing(int index) {
        Heading best = null;
        for (Heading h : all) {
            if (h.index() <= index && index < end(h)) {
                best = h;
            }
        }
        return Optional.ofNullable(best);
    }

    List<Block> blocks(int from, int to) {
        return document.range(from, to);
    }
}
