package nl.functiehuis.importer.uwv;

/** A part of an organisation profile, with the Dutch words its heading starts with. */
public enum ProfilePart {
    SUMMARY("Samenvattend voorblad"),
    ORGANOGRAM("Organogram"),
    RESULTS("Resultaatgebieden"),
    FRAMEWORKS("Kaders"),
    PROFESSIONAL("Vakinhoudelijke competenties"),
    BEHAVIOUR("Gedragscompetenties"),
    CONTEXT("Contextinformatie");

    final String heading;

    ProfilePart(String heading) {
        this.heading = heading;
    }
}
