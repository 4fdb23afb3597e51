package nl.functiehuis.evaluation;

/** The judgement of one knock-out eis for one candidate. */
public enum Verdict {
    VOLDAAN("voldaan"), NIET_VOLDAAN("niet voldaan"), ONDUIDELIJK("onduidelijk");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
