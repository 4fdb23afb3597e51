package nl.functiehuis.importer.levelled;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A date as Dutch documents write it: "1-06-2025", "01/06/2025", "1.6.2025" or "1 juni 2025". */
final class DateText {
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[-./](\\d{1,2})[-./](\\d{4})");
    private static final Pattern WORDS = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\s+(\\d{4})");
    private static final List<String> MONTHS = List.of("januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december");

    private DateText() {}

    static Optional<LocalDate> parse(String text) {
        Matcher m = NUMERIC.matcher(text);
        if (m.find()) {
            return date(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
        }
        m = WORDS.matcher(text);
        if (m.find()) {
            int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
            return month == 0 ? Optional.empty() : date(m.group(3), month, m.group(1));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
