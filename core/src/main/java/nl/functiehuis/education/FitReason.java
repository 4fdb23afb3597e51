package nl.functiehuis.education;

/** Why a qualification fits a profile, strongest first. */
public enum FitReason {
    /** The enriched profile links the qualification itself. */
    LINKED("Gekoppeld in het verrijkte profiel"),
    /** An enriched profile of this norm function links the qualification. */
    VIA_ENRICHED("Gekoppeld via een verrijkt profiel"),
    /** Only the level fits: the qualification's NLQF level lies within the profile's education range. */
    LEVEL("Past op niveau");

    private final String label;

    FitReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the qualification was chosen for the function by the house, not only matched on level. */
    public boolean linked() {
        return this != LEVEL;
    }
}
