package nl.functiehuis.profile;

import java.util.List;
import nl.functiehuis.Checks;
import nl.functiehuis.competency.CompetencyRequirement;
import org.jspecify.annotations.Nullable;

/**
 * A profile of a layout no genre recognised: its title and its sections as written, so nothing of the
 * document is lost and an adviser can turn it into a structured profile.
 */
public record GenericProfile(
        ProfileCode code, String title, @Nullable String groupCode, @Nullable String source, List<Section> sections)
        implements FunctionProfile {

    public GenericProfile {
        Checks.required(code, "code");
        title = Checks.text(title, "title");
        groupCode = Checks.optional(groupCode);
        source = Checks.optional(source);
        sections = Checks.list(sections, "sections");
    }

    @Override
    public @Nullable String dictionary() {
        return null;
    }

    @Override
    public ProfileKind kind() {
        return ProfileKind.GENERIC;
    }

    @Override
    public List<CompetencyRequirement> requirements() {
        return List.of();
    }
}
