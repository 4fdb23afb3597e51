package nl.functiehuis.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Dutch date formats for the templates, as {@code ${@fmt.date(...)}}. */
@Component("fmt")
class Formats {
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", DUTCH);

    public String date(@Nullable LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    public String dateTime(@Nullable Instant instant) {
        return instant == null ? "—" : DATE_TIME.format(instant.atZone(ZONE));
    }

    /** Machine-readable form for the {@code datetime} attribute of {@code <time>}. */
    public String iso(@Nullable Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
