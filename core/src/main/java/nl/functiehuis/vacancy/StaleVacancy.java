package nl.functiehuis.vacancy;

/** Someone saved the vacancy since the editor opened it: the edit is refused, not merged. */
public final class StaleVacancy extends RuntimeException {
    private final String id;
    private final int basedOn;
    private final int latest;

    public StaleVacancy(String id, int basedOn, int latest) {
        super("Vacature " + id + " is intussen opgeslagen als revisie " + latest
                + "; uw wijziging is gebaseerd op revisie " + basedOn + " en is niet opgeslagen.");
        this.id = id;
        this.basedOn = basedOn;
        this.latest = latest;
    }

    public String id() {
        return id;
    }

    public int basedOn() {
        return basedOn;
    }

    public int latest() {
        return latest;
    }
}
