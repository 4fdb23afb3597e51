package nl.functiehuis.evaluation;

/** How a rate becomes a price score from 0 to 100; chosen per vacancy. */
public enum PriceMethod {
    /** Lowest admitted rate / own rate × 100. */
    LOWEST_OFFER("laagste aanbieding"),
    /** 100 at the tariff minimum, 0 at the tariff maximum, linear in between. */
    LINEAR_RANGE("lineair over de tariefrange"),
    /** The points of the first band whose upper rate the rate does not exceed; 0 above every band. */
    POINTS_TABLE("puntentabel");

    private final String label;

    PriceMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
