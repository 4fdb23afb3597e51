package nl.functiehuis.importer.format;

import java.util.List;
import java.util.Random;

/**
 * Random WordprocessingML bodies (fixed seeds) with the constructs Word writes and the streaming
 * reader must read as POI does: list numbering direct and through styles, hyperlinks, fields,
 * tracked changes, smart tags, underlines, capitals, tabs, breaks, note references, nested and
 * empty tables, and elements neither reader takes text from.
 */
final class RandomWordXml {
    static final String STYLES = "<w:styles xmlns:w=\"" + HostileFiles.W + "\">"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Lijst\"><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Afgeleid\"><w:basedOn w:val=\"Lijst\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Kleinkind\"><w:basedOn w:val=\"Afgeleid\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"GeenLijst\"><w:pPr><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"KaleLijst\"><w:pPr><w:numPr/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Kop1\"><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Lijst\"><w:pPr/></w:style>"
            + "</w:styles>";
    private static final List<String> WORDS = List.of("Functieprofiel", "beheerder", "schaal 8", "•", "- ", "[1]",
            "a & b", "<u>", "  ", "Resultaatgebied:", "niveau A", "ĳver", "straße", "\t", "[footnoteRef:2]", "i");
    private static final List<String> STYLE_IDS = List.of("Lijst", "Afgeleid", "Kleinkind", "GeenLijst", "KaleLijst",
            "Kop1", "Onbekend");

    private final Random random;
    private final StringBuilder xml = new StringBuilder();

    private RandomWordXml(long seed) {
        this.random = new Random(seed);
    }

    static String document(long seed) {
        RandomWordXml generator = new RandomWordXml(seed);
        generator.xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"")
                .append(HostileFiles.W).append("\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>");
        int elements = 5 + generator.random.nextInt(30);
        for (int i = 0; i < elements; i++) {
            generator.bodyElement(0);
        }
        generator.xml.append("<w:sectPr/></w:body></w:document>");
        return generator.xml.toString();
    }

    private void bodyElement(int depth) {
        switch (random.nextInt(depth > 1 ? 6 : 8)) {
            case 0, 1, 2, 3 -> paragraph();
            case 4 -> xml.append("<w:bookmarkStart w:id=\"0\" w:name=\"a\"/>");
            case 5 -> xml.append("<mc:AlternateContent><mc:Choice><w:p><w:r><w:t>verborgen</w:t></w:r></w:p></mc:Choice></mc:AlternateContent>");
            default -> table(depth);
        }
    }

    private void table(int depth) {
        xml.append("<w:tbl><w:tblPr/>");
        int rows = random.nextInt(4);
        for (int r = 0; r < rows; r++) {
            xml.append("<w:tr><w:trPr/>");
            int cells = random.nextInt(4);
            for (int c = 0; c < cells; c++) {
                xml.append("<w:tc><w:tcPr/>");
                int items = random.nextInt(4);
                for (int i = 0; i < items; i++) {
                    if (random.nextInt(6) == 0) {
                        table(depth + 1);
                    } else {
                        paragraph();
                    }
                }
                xml.append("</w:tc>");
            }
            xml.append("</w:tr>");
        }
        xml.append("</w:tbl>");
    }

    private void paragraph() {
        xml.append("<w:p>");
        if (random.nextBoolean()) {
            xml.append("<w:pPr>");
            switch (random.nextInt(5)) {
                case 0 -> xml.append("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"").append(random.nextInt(3)).append("\"/></w:numPr>");
                case 1 -> xml.append("<w:numPr><w:ilvl w:val=\"0\"/></w:numPr>");
                case 2 -> xml.append("<w:numPr><w:numId/></w:numPr>");
                default -> { }
            }
            if (random.nextBoolean()) {
                xml.append("<w:pStyle w:val=\"").append(STYLE_IDS.get(random.nextInt(STYLE_IDS.size()))).append("\"/>");
            }
            xml.append("</w:pPr>");
        }
        int parts = random.nextInt(6);
        for (int i = 0; i < parts; i++) {
            content(0);
        }
        xml.append("</w:p>");
    }

    private void content(int depth) {
        switch (random.nextInt(depth > 2 ? 3 : 10)) {
            case 0, 1, 2 -> run();
            case 3 -> wrap("w:hyperlink r:id=\"rId9\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"", depth);
            case 4 -> wrap("w:fldSimple w:instr=\"PAGE\"", depth);
            case 5 -> wrap(List.of("w:ins", "w:del", "w:moveTo", "w:moveFrom").get(random.nextInt(4)) + " w:id=\"1\" w:author=\"x\"", depth);
            case 6 -> wrap("w:smartTag w:element=\"place\"", depth);
            case 7 -> wrap("w:customXml w:element=\"x\"", depth);
            case 8 -> xml.append("<w:proofErr w:type=\"spellStart\"/><w:bookmarkEnd w:id=\"0\"/>");
            default -> wrap("w:ins w:id=\"2\" w:author=\"y\"", depth);
        }
    }

    private void wrap(String open, int depth) {
        xml.append('<').append(open).append('>');
        int parts = 1 + random.nextInt(3);
        for (int i = 0; i < parts; i++) {
            content(depth + 1);
        }
        xml.append("</").append(open, 0, open.indexOf(' ')).append('>');
    }

    private void run() {
        xml.append("<w:r>");
        if (random.nextBoolean()) {
            xml.append("<w:rPr>");
            if (random.nextBoolean()) {
                xml.append(List.of("<w:b/>", "<w:i/>", "<w:sz w:val=\"20\"/>").get(random.nextInt(3)));
            }
            switch (random.nextInt(5)) {
                case 0 -> xml.append("<w:u w:val=\"single\"/>");
                case 1 -> xml.append("<w:u w:val=\"none\"/>");
                case 2 -> xml.append("<w:u/>");
                case 3 -> xml.append("<w:u w:val=\"double\"/>");
                default -> { }
            }
            switch (random.nextInt(6)) {
                case 0 -> xml.append("<w:caps/>");
                case 1 -> xml.append("<w:caps w:val=\"0\"/>");
                case 2 -> xml.append("<w:smallCaps w:val=\"true\"/>");
                case 3 -> xml.append("<w:smallCaps w:val=\"off\"/><w:caps w:val=\"on\"/>");
                default -> { }
            }
            xml.append("</w:rPr>");
        }
        int parts = 1 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            runContent();
        }
        xml.append("</w:r>");
    }

    private void runContent() {
        switch (random.nextInt(16)) {
            case 0, 1, 2, 3, 4, 5 -> xml.append("<w:t xml:space=\"preserve\">").append(text()).append("</w:t>");
            case 6 -> xml.append("<w:tab/>");
            case 7 -> xml.append(random.nextBoolean() ? "<w:br/>" : "<w:cr/>");
            case 8 -> xml.append(random.nextBoolean() ? "<w:ptab w:relativeTo=\"margin\" w:alignment=\"left\" w:leader=\"none\"/>" : "<w:noBreakHyphen/>");
            case 9 -> xml.append("<w:footnoteReference w:id=\"").append(random.nextInt(3)).append("\"/>");
            case 10 -> xml.append(random.nextBoolean() ? "<w:endnoteReference w:id=\"1\"/>" : "<w:footnoteReference/>");
            case 11 -> xml.append("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText><w:fldChar w:fldCharType=\"begin\"/>");
            case 12 -> xml.append("<w:delText>weg</w:delText><w:delInstrText>DATE</w:delInstrText>");
            case 13 -> xml.append("<w:softHyphen/><w:lastRenderedPageBreak/><w:sym w:font=\"Symbol\" w:char=\"F0B7\"/>");
            case 14 -> xml.append("<w:t><![CDATA[cdata & tekst]]></w:t>");
            default -> xml.append("<w:t>").append(text()).append("<!-- opmerking --></w:t>");
        }
    }

    private String text() {
        StringBuilder text = new StringBuilder();
        int words = random.nextInt(4);
        for (int i = 0; i < words; i++) {
            text.append(i > 0 ? " " : "").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return text.toString().replace("&", "&amp;").replace("<", "&lt;");
    }
}
