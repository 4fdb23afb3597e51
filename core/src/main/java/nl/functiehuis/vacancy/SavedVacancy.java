package nl.functiehuis.vacancy;

import java.time.Instant;
import nl.functiehuis.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A stored vacancy with its id, who stored it when, and the document it was read from, if any
 * ({@code source} is the document's name as imported).
 */
public record SavedVacancy(String id, Vacancy vacancy, @Nullable String source, String author, Instant createdAt) {
    public SavedVacancy {
        id = Checks.text(id, "id");
        Checks.required(vacancy, "vacancy");
        source = Checks.optional(source);
        author = Checks.text(author, "author");
        Checks.required(createdAt, "createdAt");
    }
}
