package nl.functiehuis.house;

/** Someone saved a newer version since the editor opened the profile: the edit is refused, not merged. */
public final class StaleEdit extends RuntimeException {
    private final String code;
    private final int basedOn;
    private final int latest;

    public StaleEdit(String code, int basedOn, int latest) {
        super(basedOn == 0
                ? "Profiel " + code + " bestaat al (versie " + latest + "); open het en bewerk die versie."
                : "Profiel " + code + " is intussen opgeslagen als versie " + latest
                        + "; uw wijziging is gebaseerd op versie " + basedOn + " en is niet opgeslagen.");
        this.code = code;
        this.basedOn = basedOn;
        this.latest = latest;
    }

    public String code() {
        return code;
    }

    public int basedOn() {
        return basedOn;
    }

    public int latest() {
        return latest;
    }
}
