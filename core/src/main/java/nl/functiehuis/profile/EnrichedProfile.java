package nl.functiehuis.profile;

import java.util.List;
import nl.functiehuis.Checks;
import nl.functiehuis.competency.CompetencyRequirement;
import org.jspecify.annotations.Nullable;

/**
 * An enriched profile (verrijkt profiel, code suffix /VP): a norm function's content tied to MBO
 * qualifications. {@code subtitle} is the name in brackets under the heading, e.g. "Juridisch medewerker".
 */
public record EnrichedProfile(
        ProfileCode code,
        String title,
        @Nullable String subtitle,
        ProfileCode baseCode,
        @Nullable String groupCode,
        @Nullable String dictionary,
        NormContent content,
        List<QualificationLink> qualifications) implements FunctionProfile {

    public EnrichedProfile {
        Checks.required(code, "code");
        title = Checks.text(title, "title");
        subtitle = Checks.optional(subtitle);
        Checks.required(baseCode, "baseCode");
        groupCode = Checks.optional(groupCode);
        dictionary = Checks.optional(dictionary);
        Checks.required(content, "content");
        qualifications = Checks.list(qualifications, "qualifications");
    }

    @Override
    public ProfileKind kind() {
        return ProfileKind.ENRICHED;
    }

    @Override
    public List<CompetencyRequirement> requirements() {
        return content.competencies();
    }
}
