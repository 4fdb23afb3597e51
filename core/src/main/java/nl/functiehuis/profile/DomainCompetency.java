package nl.functiehuis.profile;

import nl.functiehuis.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A competency a levelled family asks within a domain; {@code level} is the function level it is asked
 * at, or null for a core competency that every level asks.
 */
public record DomainCompetency(String domain, String competency, @Nullable String level) {
    public DomainCompetency {
        domain = Checks.text(domain, "domain");
        competency = Checks.text(competency, "competency");
        level = Checks.optional(level);
    }
}
