package nl.functiehuis.importer.hiring;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A term in the offer block of a hiring request, with the Dutch labels it goes by and the shape of its
 * value (used to pair values with labels when several labels precede their values).
 */
public enum OfferField {
    LOCATION(".+", "Werklocatie", "Standplaats", "Locatie"),
    START("(?i).*(\\d|z\\.?s\\.?m|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december).*",
            "Startdatum", "Start", "Ingangsdatum"),
    HEADCOUNT("\\d+", "Aantal medewerkers", "Aantal kandidaten", "Aantal"),
    HOURS("\\d+(\\s*[-–]\\s*\\d+)?(\\s*uur.*)?", "Uren per week", "Aantal uren per week", "Uren"),
    DURATION("(?i).*\\d+\\s*(maand|maanden|mnd|jaar|weken|week).*", "Duur opdracht", "Duur", "Looptijd"),
    EXTENSION("(?i).*(\\d+\\s*[x×]|geen|optie).*", "Verlengingsopties", "Verlenging", "Optie tot verlenging"),
    SCALE("(?i)(schaal\\s*)?\\d{1,2}", "FSK", "Schaal", "Functieschaal", "Salarisschaal"),
    RATIO("(?s).*\\d+\\s*%.*\\d+\\s*%.*", "Verhouding prijs/kwaliteit", "Verhouding kwaliteit/prijs", "Prijs/kwaliteit"),
    TARIFF("(?s).*(€|EUR|\\d+\\s*[-–]\\s*€?\\s*\\d+).*", "Tariefrange", "Tarief", "Uurtarief", "Maximumtarief"),
    VERIFICATION("(?i).*(week|\\d).*", "Data voor verificatiegesprekken", "Verificatiegesprekken", "Gesprekken");

    private final Pattern shape;
    private final List<String> labels;

    OfferField(String shape, String... labels) {
        this.shape = Pattern.compile(shape);
        this.labels = List.of(labels);
    }

    public String label() {
        return labels.get(0);
    }

    List<String> labels() {
        return labels;
    }

    /** Whether a value could belong to this field: "6" fits FSK, "30% - 70%" fits the price/quality ratio. */
    boolean accepts(String value) {
        return shape.matcher(value.strip()).matches();
    }
}
