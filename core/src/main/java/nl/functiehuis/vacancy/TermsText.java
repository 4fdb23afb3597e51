package nl.functiehuis.vacancy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The terms of a vacancy in short Dutch, the same on the pages and in the CLI: "FSK 6", "€ 23 – € 35",
 * "30% prijs / 70% kwaliteit", "6 maanden + 3 × 6 maanden", "week 39". Empty when the value is unknown.
 */
public final class TermsText {
    private TermsText() {}

    /** One label and value per known term, in the order of a hiring request. */
    public record Line(String label, String value) {}

    public static List<Line> lines(Terms t) {
        List<Line> lines = new ArrayList<>();
        add(lines, "Werklocatie", t.location() == null ? "" : t.location());
        add(lines, "Start", start(t));
        add(lines, "Aantal medewerkers", t.headcount() == null ? "" : String.valueOf(t.headcount()));
        add(lines, "Uren per week", t.hoursPerWeek() == null ? "" : t.hoursPerWeek() + " uur");
        add(lines, "Duur", duration(t));
        add(lines, "Schaal", scale(t));
        add(lines, "Tariefrange (per uur)", tariff(t));
        add(lines, "Prijs/kwaliteit", weights(t));
        add(lines, "Verificatiegesprekken", verification(t));
        return lines;
    }

    private static void add(List<Line> lines, String label, String value) {
        if (!value.isEmpty()) {
            lines.add(new Line(label, value));
        }
    }

    public static String scale(Terms t) {
        return t.scale() == null ? "" : "FSK " + t.scale();
    }

    public static String start(Terms t) {
        if (t.startText() != null) {
            return t.startText();
        }
        return t.expectedStart() == null ? "" : t.expectedStart().toString();
    }

    public static String tariff(Terms t) {
        if (t.tariffMin() == null && t.tariffMax() == null) {
            return "";
        }
        if (t.tariffMin() == null) {
            return "tot " + euro(t.tariffMax());
        }
        return t.tariffMax() == null ? "vanaf " + euro(t.tariffMin()) : euro(t.tariffMin()) + " – " + euro(t.tariffMax());
    }

    public static String weights(Terms t) {
        if (t.pricePercent() == null || t.qualityPercent() == null) {
            return "";
        }
        return t.pricePercent() + "% prijs / " + t.qualityPercent() + "% kwaliteit";
    }

    public static String duration(Terms t) {
        String base = t.durationMonths() == null ? "" : months(t.durationMonths());
        if (t.extensionCount() == null || t.extensionCount() == 0) {
            return base;
        }
        String ext = t.extensionCount() + " × " + (t.extensionMonths() == null ? "verlenging" : months(t.extensionMonths()));
        return base.isEmpty() ? "verlenging " + ext : base + " + " + ext;
    }

    public static String verification(Terms t) {
        if (t.verificationWeek() != null) {
            return "week " + t.verificationWeek();
        }
        return t.verificationText() == null ? "" : t.verificationText();
    }

    private static String months(int n) {
        return n + (n == 1 ? " maand" : " maanden");
    }

    private static String euro(@Nullable BigDecimal amount) {
        if (amount == null) {
            return "€ ";
        }
        BigDecimal plain = amount.stripTrailingZeros();
        BigDecimal shown = plain.scale() <= 0 ? plain.setScale(0) : amount.setScale(2, RoundingMode.HALF_UP);
        return "€ " + shown.toPlainString().replace('.', ',');
    }
}
