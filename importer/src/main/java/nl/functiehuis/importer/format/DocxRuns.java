package nl.functiehuis.importer.format;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.util.LocaleUtil;
import org.jspecify.annotations.Nullable;

/**
 * The runs of a paragraph as POI's {@code XWPFParagraph.getIRuns()} and {@code XWPFRun.text()} give
 * them: runs directly in the paragraph, in hyperlinks and simple fields, in tracked changes (their
 * own runs first, then those of insertions inside them) and in smart tags; a run's text, deleted
 * text, tabs, breaks, non-breaking hyphens and note references as marks; capitals when the run says
 * so. Content controls, ruby text and form check boxes are left to POI.
 */
final class DocxRuns {
    private static final Set<String> TRACKED = Set.of("ins", "del", "moveFrom", "moveTo");
    private static final Set<String> UNDERLINES = Set.of("single", "words", "double", "thick", "dotted",
            "dottedHeavy", "dash", "dashedHeavy", "dashLong", "dashLongHeavy", "dotDash", "dashDotHeavy",
            "dotDotDash", "dashDotDotHeavy", "wave", "wavyHeavy", "wavyDouble");

    /** What a run's properties say that the text needs: underlined, in capitals. */
    private record Format(boolean underlined, boolean capitals) {}

    private final DocxXml xml;

    DocxRuns(DocxXml xml) {
        this.xml = xml;
    }

    /** One child of a paragraph or smart tag, its runs added to {@code runs}. */
    void content(List<DocxParagraph.Run> runs) throws XMLStreamException, DocxUnsupported {
        content(runs, true);
    }

    /**
     * One child of a paragraph or smart tag ({@code paragraph}), or of an insertion, which in the schema
     * holds no hyperlinks or simple fields: POI's model does not see those there.
     */
    private void content(List<DocxParagraph.Run> runs, boolean paragraph) throws XMLStreamException, DocxUnsupported {
        switch (xml.name()) {
            case "r" -> runs.add(run());
            case "hyperlink", "fldSimple" -> {
                if (paragraph) {
                    directRuns(runs, null);
                } else {
                    xml.skip();
                }
            }
            case "smartTag" -> {
                while (xml.child()) {
                    content(runs, true);
                }
            }
            case "sdt" -> throw new DocxUnsupported("inhoudsbesturingselement");
            default -> {
                if (TRACKED.contains(xml.name())) {
                    List<DocxParagraph.Run> inserted = new ArrayList<>();
                    directRuns(runs, inserted);
                    runs.addAll(inserted);
                } else {
                    xml.skip();
                }
            }
        }
    }

    /** The runs directly inside the current element; with {@code inserted}, the content of insertions in it too. */
    private void directRuns(List<DocxParagraph.Run> runs, @Nullable List<DocxParagraph.Run> inserted)
            throws XMLStreamException, DocxUnsupported {
        while (xml.child()) {
            if (xml.is("r")) {
                runs.add(run());
            } else if (inserted != null && xml.is("ins")) {
                while (xml.child()) {
                    content(inserted, false);
                }
            } else {
                xml.skip();
            }
        }
    }

    private DocxParagraph.Run run() throws XMLStreamException, DocxUnsupported {
        StringBuilder text = new StringBuilder();
        Format format = new Format(false, false);
        boolean content = false;
        while (xml.child()) {
            String name = xml.name();
            if (name.equals("rPr")) {
                if (content) {
                    throw new DocxUnsupported("opmaak na tekst");
                }
                format = properties();
                continue;
            }
            content = true;
            switch (name) {
                case "t", "delText" -> {
                    String t = xml.text();
                    text.append(format.capitals() ? t.toUpperCase(LocaleUtil.getUserLocale()) : t);
                }
                case "tab", "ptab" -> { text.append('\t'); xml.skip(); }
                case "br", "cr" -> { text.append('\n'); xml.skip(); }
                case "noBreakHyphen" -> { text.append('\u2011'); xml.skip(); }
                case "footnoteReference", "endnoteReference" -> {
                    text.append(name.equals("footnoteReference") ? "[footnoteRef:" : "[endnoteRef:").append(id()).append(']');
                    xml.skip();
                }
                case "fldChar" -> fieldChar();
                case "ruby" -> throw new DocxUnsupported("ruby");
                default -> xml.skip();
            }
        }
        return new DocxParagraph.Run(text.toString(), format.underlined(), false);
    }

    /** Underlined (a first {@code w:u} that is not "none"), capitals (a first caps or smallCaps that is on). */
    private Format properties() throws XMLStreamException, DocxUnsupported {
        boolean underlined = false;
        boolean capitals = false;
        boolean seenUnderline = false;
        boolean seenCaps = false;
        boolean seenSmallCaps = false;
        while (xml.child()) {
            String name = xml.name();
            if (name.equals("u") && !seenUnderline) {
                seenUnderline = true;
                String val = xml.attribute("val");
                if (val != null && !val.equals("none") && !UNDERLINES.contains(val)) {
                    throw new DocxUnsupported("onderstreping " + val);
                }
                underlined = val != null && !val.equals("none");
            } else if (name.equals("caps") && !seenCaps) {
                seenCaps = true;
                capitals |= on(xml.attribute("val"));
            } else if (name.equals("smallCaps") && !seenSmallCaps) {
                seenSmallCaps = true;
                capitals |= on(xml.attribute("val"));
            }
            xml.skip();
        }
        return new Format(underlined, capitals);
    }

    private void fieldChar() throws XMLStreamException, DocxUnsupported {
        while (xml.child()) {
            if (xml.is("ffData")) {
                throw new DocxUnsupported("formulierveld");
            }
            xml.skip();
        }
    }

    private int id() throws DocxUnsupported {
        String id = xml.attribute("id");
        return id == null ? -1 : number(id).intValue();
    }

    static BigInteger number(String value) throws DocxUnsupported {
        try {
            return new BigInteger(value.strip());
        } catch (NumberFormatException e) {
            throw new DocxUnsupported("getal " + value);
        }
    }

    /** POI's reading of an on/off value: absent is on; "true", "on", "x" and "1" are on. */
    static boolean on(@Nullable String val) {
        if (val == null) {
            return true;
        }
        String v = val.strip().toLowerCase(Locale.ROOT);
        return v.equals("true") || v.equals("on") || v.equals("x") || val.strip().equals("1");
    }
}
