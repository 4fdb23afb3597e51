package nl.functiehuis.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML: text escaped, matches in {@code <mark>}, a long passage cut to a
 * window around its first match, cuts and gaps shown as "…".
 */
final class MarkedPassages extends PassageFormatter {
    static final int WINDOW = 220;
    private static final int LEAD = 60;
    private static final String ELLIPSIS = "…";

    @Override
    public String format(Passage[] passages, String content) {
        var out = new StringBuilder();
        for (Passage p : passages) {
            if (!out.isEmpty()) {
                out.append(' ').append(ELLIPSIS).append(' ');
            }
            append(out, p, content);
        }
        return out.toString();
    }

    private static void append(StringBuilder out, Passage p, String content) {
        int start = p.getStartOffset();
        int end = p.getEndOffset();
        if (end - start > WINDOW) {
            int first = p.getNumMatches() > 0 ? p.getMatchStarts()[0] : start;
            start = wordStart(content, Math.max(start, first - LEAD), start);
            end = wordEnd(content, Math.min(end, start + WINDOW), first);
        }
        if (start > p.getStartOffset()) {
            out.append(ELLIPSIS);
        }
        int pos = start;
        for (int i = 0; i < p.getNumMatches(); i++) {
            int ms = p.getMatchStarts()[i];
            int me = Math.min(p.getMatchEnds()[i], end);
            if (ms < pos || ms >= end) {
                continue;
            }
            Html.escape(out, content, pos, ms);
            out.append("<mark>");
            Html.escape(out, content, ms, me);
            out.append("</mark>");
            pos = me;
        }
        Html.escape(out, content, pos, end);
        if (end < p.getEndOffset()) {
            out.append(ELLIPSIS);
        }
    }

    private static int wordStart(String content, int at, int limit) {
        int i = at;
        while (i > limit && !Character.isWhitespace(content.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String content, int at, int limit) {
        int i = at;
        while (i > limit + 1 && i < content.length() && !Character.isWhitespace(content.charAt(i))) {
            i--;
        }
        return i;
    }
}
