package nl.functiehuis.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.evaluation.PriceBand;
import nl.functiehuis.evaluation.PriceMethod;
import nl.functiehuis.evaluation.ScoringSettings;
import org.jspecify.annotations.Nullable;

/** The settings form: a price method, bands written as "25=100; 30=40", and three whole numbers. */
final class SettingsForm {
    private SettingsForm() {}

    static ScoringSettings read(@Nullable String method, @Nullable String bands, @Nullable String wishPoints,
            @Nullable String competencyPoints, @Nullable String invite) {
        PriceMethod priceMethod;
        try {
            priceMethod = PriceMethod.valueOf(method == null ? "" : method);
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("prijsmethode", "kies een van de methoden");
        }
        return new ScoringSettings(priceMethod, bands(bands), whole(wishPoints, "standaardpunten wens"),
                whole(competencyPoints, "punten per competentie"), whole(invite, "uitnodigen"));
    }

    static String bands(ScoringSettings settings) {
        return settings.bands().stream().map(b -> plain(b.upTo()) + "=" + plain(b.points()))
                .collect(Collectors.joining("; "));
    }

    static BigDecimal number(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidValue(field, "is verplicht");
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidValue(field, "'" + text.strip() + "' is geen getal");
        }
    }

    private static List<PriceBand> bands(@Nullable String text) {
        List<PriceBand> bands = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return bands;
        }
        String[] parts = text.split(";");
        for (int i = 0; i < parts.length; i++) {
            String[] pair = parts[i].split("=");
            String field = "banden, band " + (i + 1);
            if (pair.length != 2) {
                throw new InvalidValue(field, "schrijf 'tarief=punten', bijvoorbeeld 25=100");
            }
            bands.add(new PriceBand(number(pair[0], field), number(pair[1], field)));
        }
        return bands;
    }

    private static int whole(@Nullable String text, String field) {
        BigDecimal value = number(text, field);
        if (value.stripTrailingZeros().scale() > 0) {
            throw new InvalidValue(field, "moet een heel getal zijn");
        }
        return value.intValueExact();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
