package nl.functiehuis.validation;

/** How serious a rule violation is, with its Dutch label; declared from most to least serious. */
public enum Severity {
    FOUT("fout", "fouten"), WAARSCHUWING("waarschuwing", "waarschuwingen"), INFO("info", "info");

    private final String label;
    private final String plural;

    Severity(String label, String plural) {
        this.label = label;
        this.plural = plural;
    }

    public String label() {
        return label;
    }

    public String plural() {
        return plural;
    }
}
