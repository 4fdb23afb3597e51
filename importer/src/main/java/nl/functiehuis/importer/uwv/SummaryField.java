package nl.functiehuis.importer.uwv;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A field of an organisation profile's cover sheet, with its Dutch label; "|" marks where compound parts meet. */
public enum SummaryField {
    NAME("Functie|naam"),
    CODE("Functie|code"),
    GRADE("Functie-|indeling"),
    TYPE("Soort functie"),
    START("Ingangs|datum"),
    STATUS("Status"),
    THINKING_LEVEL("Werk- en denk|niveau"),
    PURPOSE("Doel van de functie"),
    BEHAVIOUR("Gedrags|competenties"),
    COMPANY_COMPETENCIES("Bedrijfs|competenties"),
    FUNCTION_COMPETENCIES("Functie|competenties");

    private final String marked;

    SummaryField(String marked) {
        this.marked = marked;
    }

    /** The label spelled correctly: "Functienaam". */
    public String canonical() {
        return marked.replace("|", "");
    }

    /** The words and compound parts of the label: "Functie", "naam". */
    List<String> parts() {
        return Arrays.stream(marked.split("[|\\s-]+")).filter(p -> !p.isEmpty()).toList();
    }

    /** The competency group a list under this label names: "bedrijfscompetentie". */
    String group() {
        return canonical().toLowerCase(Locale.ROOT).replaceFirst("s$", "");
    }

    boolean listsCompetencies() {
        return this == COMPANY_COMPETENCIES || this == FUNCTION_COMPETENCIES;
    }

    static SummaryField of(String canonical) {
        return Arrays.stream(values()).filter(f -> f.canonical().equals(canonical)).findFirst().orElseThrow();
    }
}
