package nl.functiehuis.publish.web;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.publish.BookletScope;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/** The booklet a request asks for: {@code reeks}, {@code groep} or {@code familie}, or none for the whole house. */
final class Scopes {
    private Scopes() {}

    static BookletScope of(@Nullable String series, @Nullable String group, @Nullable String family) {
        List<BookletScope> asked = new ArrayList<>();
        if (present(series)) {
            asked.add(new BookletScope.Series(series.strip()));
        }
        if (present(group)) {
            asked.add(new BookletScope.Group(group.strip()));
        }
        if (present(family)) {
            asked.add(new BookletScope.Family(family.strip()));
        }
        if (asked.size() > 1) {
            throw new Refused(HttpStatus.BAD_REQUEST,
                    "Een boekje gaat over één reeks, één groep of één familie; geef er één op, of geen voor het hele huis.");
        }
        return asked.isEmpty() ? new BookletScope.House() : asked.getFirst();
    }

    static String unknown(BookletScope scope) {
        return switch (scope) {
            case BookletScope.House h -> "Het functiehuis is leeg.";
            case BookletScope.Series s -> "Er is geen functiereeks '" + s.code() + "'.";
            case BookletScope.Group g -> "Er is geen functiegroep '" + g.code() + "'.";
            case BookletScope.Family f -> "Er is geen functiefamilie met code '" + f.code() + "'.";
        };
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
