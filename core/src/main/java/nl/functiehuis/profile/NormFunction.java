package nl.functiehuis.profile;

import java.util.List;
import nl.functiehuis.Checks;
import nl.functiehuis.competency.CompetencyRequirement;
import org.jspecify.annotations.Nullable;

/** A norm function (normfunctie) of a function group, e.g. N06.01.02 Medewerker Publiek I. */
public record NormFunction(
        ProfileCode code,
        String title,
        @Nullable String groupCode,
        @Nullable String dictionary,
        @Nullable String nlqfLevel,
        NormContent content) implements FunctionProfile {

    public NormFunction {
        Checks.required(code, "code");
        title = Checks.text(title, "title");
        groupCode = Checks.optional(groupCode);
        dictionary = Checks.optional(dictionary);
        nlqfLevel = Checks.optional(nlqfLevel);
        Checks.required(content, "content");
    }

    @Override
    public ProfileKind kind() {
        return ProfileKind.NORM;
    }

    @Override
    public List<CompetencyRequirement> requirements() {
        return content.competencies();
    }
}
