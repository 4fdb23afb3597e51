package nl.functiehuis.profile;

import java.util.List;
import nl.functiehuis.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A qualification an enriched profile is linked to, with the role and complexity text and the
 * extra knowledge and skills the qualification adds.
 */
public record QualificationLink(
        String qualification,
        @Nullable Integer mboLevel,
        @Nullable String role,
        @Nullable String complexity,
        List<String> extraKnowledge) {

    public QualificationLink {
        qualification = Checks.text(qualification, "qualification");
        if (mboLevel != null) {
            Checks.range(mboLevel, 1, 4, "mboLevel");
        }
        role = Checks.optional(role);
        complexity = Checks.optional(complexity);
        extraKnowledge = Checks.texts(extraKnowledge, "extraKnowledge");
    }
}
