package nl.functiehuis.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import nl.functiehuis.vacancy.SavedVacancy;
import nl.functiehuis.vacancy.Vacancy;
import org.jspecify.annotations.Nullable;

/**
 * Writes a vacancy's revision only once it has been edited, and reads a missing one as the first: a file
 * written before vacancies had revisions still loads and exports again byte for byte.
 */
abstract class SavedVacancyMixin {

    @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = FirstRevision.class)
    abstract int revision();

    @JsonCreator
    static SavedVacancy stored(@JsonProperty("id") String id, @JsonProperty("vacancy") Vacancy vacancy,
            @JsonProperty("source") @Nullable String source, @JsonProperty("author") String author,
            @JsonProperty("createdAt") Instant createdAt, @JsonProperty("revision") @Nullable Integer revision,
            @JsonProperty("editedBy") @Nullable String editedBy, @JsonProperty("editedAt") @Nullable Instant editedAt) {
        throw new UnsupportedOperationException("mix-in");
    }

    /** Excludes revision 1 from the output (Jackson leaves a value out when the filter equals it). */
    static final class FirstRevision {
        @Override
        public boolean equals(Object value) {
            return Integer.valueOf(1).equals(value);
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }
}
