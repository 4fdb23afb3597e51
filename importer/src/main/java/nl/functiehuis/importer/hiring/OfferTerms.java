package nl.functiehuis.importer.hiring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.text.DutchDates;
import nl.functiehuis.vacancy.Terms;
import org.jspecify.annotations.Nullable;

/** Reads the values of the offer block into the vacancy's terms, keeping the texts as written. */
final class OfferTerms {
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern PERIOD = Pattern.compile("(?i)(\\d+)\\s*(maanden|maand|mnd|jaar)");
    private static final Pattern TIMES = Pattern.compile("(?i)(\\d+)\\s*[x×]\\s*(\\d+)\\s*(maanden|maand|mnd|jaar)");
    private static final Pattern PERCENTAGES = Pattern.compile("(\\d+)\\s*%\\D+(\\d+)\\s*%");
    private static final Pattern RANGE = Pattern.compile("(\\d+(?:[.,]\\d{1,2})?)\\s*[-–]\\s*(?:€|EUR)?\\s*(\\d+(?:[.,]\\d{1,2})?)");
    private static final Pattern WEEK = Pattern.compile("(?i)week\\s*(\\d{1,2})");
    private static final Pattern PER_UNIT = Pattern.compile("(?i)per\\s+(uur|dag|maand)|p/u|/\\s*uur");

    private OfferTerms() {}

    static Terms read(List<OfferEntry> entries, ImportReport report) {
        Optional<OfferEntry> ratio = entry(entries, OfferField.RATIO);
        Integer price = null;
        Integer quality = null;
        Matcher p = PERCENTAGES.matcher(ratio.map(OfferEntry::value).orElse(""));
        if (p.find()) {
            boolean qualityFirst = ratio.get().label().toLowerCase(Locale.ROOT).matches(".*kwaliteit.*prijs.*");
            price = Integer.parseInt(p.group(qualityFirst ? 2 : 1));
            quality = Integer.parseInt(p.group(qualityFirst ? 1 : 2));
            if (price + quality != 100) {
                report.warn(ratio.get().valueAt(), "prijs en kwaliteit (" + ratio.get().value() + ") tellen niet op tot 100%");
                price = null;
                quality = null;
            }
        }
        BigDecimal[] tariff = tariff(entries, report);
        Matcher extension = TIMES.matcher(value(entries, OfferField.EXTENSION));
        boolean extended = extension.find();
        return new Terms(text(entries, OfferField.LOCATION), text(entries, OfferField.START),
                DutchDates.month(value(entries, OfferField.START), true).orElse(null),
                number(entries, OfferField.HEADCOUNT), number(entries, OfferField.HOURS), months(value(entries, OfferField.DURATION)),
                extended ? Integer.valueOf(extension.group(1)) : null, extended ? months(extension.group(2) + " " + extension.group(3)) : null,
                ranged(number(entries, OfferField.SCALE), 1, 18, entries, OfferField.SCALE, report), tariff[0], tariff[1], price, quality,
                text(entries, OfferField.VERIFICATION), week(entries, report));
    }

    /** Whether the tariff says what it is per (uur, dag); the seed's range does not. */
    static boolean tariffUnitStated(List<OfferEntry> entries) {
        return PER_UNIT.matcher(value(entries, OfferField.TARIFF)).find();
    }

    static @Nullable String currencySymbol(List<OfferEntry> entries) {
        String tariff = value(entries, OfferField.TARIFF);
        return tariff.contains("€") ? "€" : tariff.contains("EUR") ? "EUR" : null;
    }

    /** The place of the location: its last comma-separated part without a postcode ("Rotterdam"). */
    static @Nullable String city(List<OfferEntry> entries) {
        String location = value(entries, OfferField.LOCATION);
        if (location.isBlank()) {
            return null;
        }
        String[] parts = location.split(",");
        return parts[parts.length - 1].replaceAll("\\d{4}\\s?[A-Z]{2}", "").strip();
    }

    private static BigDecimal[] tariff(List<OfferEntry> entries, ImportReport report) {
        Matcher m = RANGE.matcher(value(entries, OfferField.TARIFF));
        if (!m.find()) {
            return new BigDecimal[2];
        }
        BigDecimal min = new BigDecimal(m.group(1).replace(',', '.'));
        BigDecimal max = new BigDecimal(m.group(2).replace(',', '.'));
        if (min.compareTo(max) > 0) {
            report.warn(entry(entries, OfferField.TARIFF).get().valueAt(), "het tarief loopt van hoog naar laag; niet overgenomen");
            return new BigDecimal[2];
        }
        return new BigDecimal[] {min, max};
    }

    static @Nullable Integer months(String text) {
        Matcher m = PERIOD.matcher(text);
        if (!m.find()) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        return m.group(2).equalsIgnoreCase("jaar") ? n * 12 : n;
    }

    private static @Nullable Integer week(List<OfferEntry> entries, ImportReport report) {
        Matcher m = WEEK.matcher(value(entries, OfferField.VERIFICATION));
        return m.find() ? ranged(Integer.parseInt(m.group(1)), 1, 53, entries, OfferField.VERIFICATION, report) : null;
    }

    private static @Nullable Integer ranged(@Nullable Integer value, int min, int max, List<OfferEntry> entries,
            OfferField field, ImportReport report) {
        if (value != null && (value < min || value > max)) {
            report.warn(entry(entries, field).get().valueAt(), field.label() + " " + value + " ligt niet tussen " + min
                    + " en " + max + "; niet overgenomen");
            return null;
        }
        return value;
    }

    private static @Nullable Integer number(List<OfferEntry> entries, OfferField field) {
        Matcher m = NUMBER.matcher(value(entries, field));
        return m.find() ? Integer.valueOf(m.group()) : null;
    }

    static Optional<OfferEntry> entry(List<OfferEntry> entries, OfferField field) {
        return entries.stream().filter(e -> e.field() == field).findFirst();
    }

    static String value(List<OfferEntry> entries, OfferField field) {
        return entry(entries, field).map(OfferEntry::value).orElse("");
    }

    private static @Nullable String text(List<OfferEntry> entries, OfferField field) {
        String value = value(entries, field).strip();
        return value.isEmpty() ? null : value;
    }
}
