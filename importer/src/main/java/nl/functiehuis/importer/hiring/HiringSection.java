package nl.functiehuis.importer.hiring;

import java.util.List;

/** A headed section of a hiring request, with the Dutch headings it goes by. */
public enum HiringSection {
    OFFER("Ons aanbod", "Aanbod", "Wij bieden"),
    TASKS("Jouw functie", "De functie", "Functieomschrijving", "Taken", "Werkzaamheden", "De opdracht", "Opdrachtomschrijving"),
    REQUIREMENTS("Eisen", "Harde eisen", "Knock-outcriteria"),
    COMPETENCIES("Competenties"),
    WISHES("Wensen", "Gunningscriteria", "Selectiecriteria"),
    DEPARTMENT("De afdeling", "Afdeling", "Het team"),
    ORGANISATION("Onze organisatie", "De organisatie", "Organisatie");

    private final List<String> headings;

    HiringSection(String... headings) {
        this.headings = List.of(headings);
    }

    public String heading() {
        return headings.get(0);
    }

    List<String> headings() {
        return headings;
    }
}
