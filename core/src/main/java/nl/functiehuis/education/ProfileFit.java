package nl.functiehuis.education;

import java.util.List;
import nl.functiehuis.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The qualifications that fit one profile, linked ones first; {@code range} is the span of NLQF levels used to
 * match on level, or null when the profile states no education level (or, being enriched, uses its own links).
 */
public record ProfileFit(ProfileRef profile, @Nullable NlqfRange range, List<QualificationFit> qualifications) {
    public ProfileFit {
        Checks.required(profile, "profile");
        qualifications = Checks.list(qualifications, "qualifications");
    }

    public List<QualificationFit> linked() {
        return qualifications.stream().filter(q -> q.reason().linked()).toList();
    }

    public List<QualificationFit> onLevel() {
        return qualifications.stream().filter(q -> !q.reason().linked()).toList();
    }
}
