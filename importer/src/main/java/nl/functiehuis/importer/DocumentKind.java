package nl.functiehuis.importer;

/** The kinds of document the importer recognises, with their Dutch label. */
public enum DocumentKind {
    COMPETENCY_BOOKLET("CompetentieBOX-functiereeksboekje"),
    ORGANISATION_PROFILE("Functieprofiel van een organisatie"),
    LEVELLED_PROFILE("Functieprofiel met niveaus"),
    HIRING_REQUEST("Inhuuropdracht / vacature"),
    GENERIC("Onbekende opmaak");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
