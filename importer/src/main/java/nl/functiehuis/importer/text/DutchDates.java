package nl.functiehuis.importer.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Dutch documents write them: "1 juni 2007", "1-06-2025", "eind september 2020". */
public final class DutchDates {
    private static final List<String> MONTHS = List.of("januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december");
    private static final Pattern WRITTEN = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\.?\\s+(\\d{4})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{4})");

    private DutchDates() {}

    /** The first day-month-year date in the text, written out ("1 juni 2007") or in digits ("1-06-2025"). */
    public static Optional<LocalDate> date(String text) {
        Matcher w = WRITTEN.matcher(text);
        while (w.find()) {
            Optional<Integer> month = month(w.group(2));
            if (month.isPresent()) {
                return of(Integer.parseInt(w.group(3)), month.get(), Integer.parseInt(w.group(1)));
            }
        }
        Matcher n = NUMERIC.matcher(text);
        if (n.find()) {
            return of(Integer.parseInt(n.group(3)), Integer.parseInt(n.group(2)), Integer.parseInt(n.group(1)));
        }
        return Optional.empty();
    }

    /** The first month with a year in the text ("eind september 2020" gives 2020-09). */
    public static Optional<YearMonth> month(String text, boolean orDate) {
        Matcher m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            Optional<Integer> month = month(m.group(1));
            if (month.isPresent()) {
                return Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), month.get()));
            }
        }
        return orDate ? date(text).map(YearMonth::from) : Optional.empty();
    }

    /** A Dutch month name or its usual abbreviation ("mrt", "okt"), as 1–12. */
    public static Optional<Integer> month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("mrt")) {
            return Optional.of(3);
        }
        for (int i = 0; i < MONTHS.size(); i++) {
            String name = MONTHS.get(i);
            if (w.equals(name) || w.length() >= 3 && name.startsWith(w)) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
