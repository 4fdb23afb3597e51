package nl.functiehuis.vacancy;

import java.time.Instant;
import nl.functiehuis.Checks;
import nl.functiehuis.InvalidValue;
import org.jspecify.annotations.Nullable;

/**
 * A stored vacancy with its id, who stored it when, and the document it was read from, if any
 * ({@code source} is the document's name as imported). {@code revision} counts the saves (1 when
 * created); an edit names the revision it was based on, so a stale edit is refused rather than merged.
 * {@code editedBy}/{@code editedAt} tell who saved the latest edit, when there has been one.
 */
public record SavedVacancy(
        String id,
        Vacancy vacancy,
        @Nullable String source,
        String author,
        Instant createdAt,
        int revision,
        @Nullable String editedBy,
        @Nullable Instant editedAt) {

    public SavedVacancy {
        id = Checks.text(id, "id");
        Checks.required(vacancy, "vacancy");
        source = Checks.optional(source);
        author = Checks.text(author, "author");
        Checks.required(createdAt, "createdAt");
        if (revision < 1) {
            throw new InvalidValue("revision", "moet 1 of hoger zijn");
        }
        editedBy = Checks.optional(editedBy);
        if ((editedBy == null) != (editedAt == null)) {
            throw new InvalidValue("editedAt", "hoort bij editedBy: geef beide of geen van beide");
        }
    }

    /** A vacancy as first stored: revision 1, not yet edited. */
    public SavedVacancy(String id, Vacancy vacancy, @Nullable String source, String author, Instant createdAt) {
        this(id, vacancy, source, author, createdAt, 1, null, null);
    }

    /** As stored in a file: a missing revision is the first (files written before vacancies had revisions). */
    public static SavedVacancy stored(String id, Vacancy vacancy, @Nullable String source, String author,
            Instant createdAt, @Nullable Integer revision, @Nullable String editedBy, @Nullable Instant editedAt) {
        return new SavedVacancy(id, vacancy, source, author, createdAt, revision == null ? 1 : revision, editedBy,
                editedAt);
    }

    /** The next revision: this vacancy changed to {@code changed} by {@code editor} at {@code at}. */
    public SavedVacancy edited(Vacancy changed, String editor, Instant at) {
        return new SavedVacancy(id, changed, source, author, createdAt, revision + 1, editor, at);
    }
}
