package nl.functiehuis.importer.levelled;

import java.util.List;

/** What a table with a column per function level holds, and the headings that announce it. */
public enum TableKind {
    FACTORS("differentiërende factoren", Headings.FACTORS),
    LATITUDE("speelruimte", Headings.LATITUDE),
    KNOWLEDGE_AND_SKILLS("kennis en vaardigheid", Headings.KNOWLEDGE_AND_SKILLS),
    CORE_COMPETENCIES("kerncompetenties", Headings.CORE_COMPETENCIES),
    SPECIFIC_COMPETENCIES("functiespecifieke competenties", Headings.SPECIFIC_COMPETENCIES,
            Headings.SPECIFIC_COMPETENCIES_LONG),
    OTHER("onbekend");

    private final String label;
    private final List<String> headings;

    TableKind(String label, String... headings) {
        this.label = label;
        this.headings = List.of(headings);
    }

    /** Dutch, for the import report. */
    public String label() {
        return label;
    }

    List<String> headings() {
        return headings;
    }

    boolean competencies() {
        return this == CORE_COMPETENCIES || this == SPECIFIC_COMPETENCIES;
    }
}
