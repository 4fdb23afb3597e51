package nl.functiehuis.importer.levelled;

import java.util.List;

/** The labels of the general-information table, with the spellings each is recognised by (tolerantly). */
public enum InfoLabel {
    FUNCTION_NAME("Functienaam"),
    PURPOSE("Doel van de functie", "Doel"),
    POSITION("Organisatorische positie", "Positie"),
    CONTEXT("Context", "Omgevingsdynamiek"),
    DATE("Datum", "Ingangsdatum"),
    CODE("Code", "Functiecode", "Codes"),
    STATUS("Status");

    private final List<String> spellings;

    InfoLabel(String... spellings) {
        this.spellings = List.of(spellings);
    }

    List<String> spellings() {
        return spellings;
    }
}
