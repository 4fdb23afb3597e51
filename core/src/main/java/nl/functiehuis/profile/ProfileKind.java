package nl.functiehuis.profile;

/** The kinds of function profile, with their Dutch label. */
public enum ProfileKind {
    NORM("Normfunctie"),
    ENRICHED("Verrijkt profiel"),
    ORGANISATION("Functieprofiel"),
    LEVELLED("Functiefamilie met niveaus"),
    GENERIC("Ongestructureerd profiel");

    private final String label;

    ProfileKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
