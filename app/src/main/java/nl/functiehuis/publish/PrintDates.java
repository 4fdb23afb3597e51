package nl.functiehuis.publish;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a Dutch reader writes them: "1 juni 2007", in the Amsterdam time zone. */
final class PrintDates {
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private PrintDates() {}

    static String of(LocalDate date) {
        return DATE.format(date);
    }

    static String of(Instant instant) {
        return DATE.format(instant.atZone(ZONE));
    }
}
