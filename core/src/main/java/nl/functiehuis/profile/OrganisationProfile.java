package nl.functiehuis.profile;

import java.util.List;
import nl.functiehuis.Checks;
import nl.functiehuis.competency.CompetencyRequirement;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's own function profile (e.g. UWV 1397 Medewerker Invorderen): cover-sheet fields,
 * result areas, frameworks, professional and behaviour competencies, context and focus areas.
 */
public record OrganisationProfile(
        ProfileCode code,
        String title,
        @Nullable String organisation,
        @Nullable String department,
        @Nullable String groupCode,
        @Nullable String dictionary,
        @Nullable String purpose,
        @Nullable Integer scale,
        @Nullable String functionType,
        @Nullable String thinkingLevel,
        List<ResultArea> resultAreas,
        List<String> frameworks,
        List<String> professionalCompetencies,
        List<BehaviourCompetency> behaviourCompetencies,
        @Nullable String context,
        List<FocusArea> focusAreas) implements FunctionProfile {

    public OrganisationProfile {
        Checks.required(code, "code");
        title = Checks.text(title, "title");
        organisation = Checks.optional(organisation);
        department = Checks.optional(department);
        groupCode = Checks.optional(groupCode);
        dictionary = Checks.optional(dictionary);
        purpose = Checks.optional(purpose);
        if (scale != null) {
            Checks.range(scale, 1, 18, "scale");
        }
        functionType = Checks.optional(functionType);
        thinkingLevel = Checks.optional(thinkingLevel);
        resultAreas = Checks.list(resultAreas, "resultAreas");
        frameworks = Checks.texts(frameworks, "frameworks");
        professionalCompetencies = Checks.texts(professionalCompetencies, "professionalCompetencies");
        behaviourCompetencies = Checks.list(behaviourCompetencies, "behaviourCompetencies");
        context = Checks.optional(context);
        focusAreas = Checks.list(focusAreas, "focusAreas");
    }

    @Override
    public ProfileKind kind() {
        return ProfileKind.ORGANISATION;
    }

    @Override
    public List<CompetencyRequirement> requirements() {
        return behaviourCompetencies.stream().map(b -> new CompetencyRequirement(b.name(), null)).toList();
    }
}
