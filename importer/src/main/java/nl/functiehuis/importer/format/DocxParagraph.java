package nl.functiehuis.importer.format;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * One Word paragraph as both docx readers see it: its runs in order and whether it is a list item.
 * A run is a piece of text, underlined or not; {@code control} marks the text of an inline content
 * control, which POI gives without note marks to strip.
 */
record DocxParagraph(List<Run> runs, boolean listItem) {
    private static final Pattern NOTE_MARK = Pattern.compile("\\[(footnoteRef|endnoteRef):\\d+]");

    record Run(String text, boolean underlined, boolean control) {}

    /** The text of the runs, without the marks that stand for footnote and endnote references. */
    String text() {
        StringBuilder text = new StringBuilder();
        for (Run run : runs) {
            text.append(run.text());
        }
        return text.indexOf("[") < 0 ? text.toString() : NOTE_MARK.matcher(text).replaceAll("");
    }

    /** The text as HTML, underlined runs in {@code <u>}: table cells use underlines as labels. */
    String marked() {
        StringBuilder html = new StringBuilder();
        for (Run run : runs) {
            if (run.control()) {
                html.append(Entities.escape(run.text()));
            } else {
                String plain = run.text().indexOf('[') < 0 ? run.text() : NOTE_MARK.matcher(run.text()).replaceAll("");
                String text = Entities.escape(plain.replace('\t', ' '));
                html.append(run.underlined() && !text.isBlank() ? "<u>" + text + "</u>" : text);
            }
        }
        return html.toString();
    }
}
