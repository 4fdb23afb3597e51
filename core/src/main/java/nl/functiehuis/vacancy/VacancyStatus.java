package nl.functiehuis.vacancy;

/** Where a vacancy stands. */
public enum VacancyStatus {
    CONCEPT("Concept"), GEPUBLICEERD("Gepubliceerd"), GESLOTEN("Gesloten"), GEGUND("Gegund");

    private final String label;

    VacancyStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
