package nl.functiehuis.house;

/** Something wrong with input: where (a field path such as "profile.content.competencies[2].level") and what. */
public record Problem(String field, String message) {
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
