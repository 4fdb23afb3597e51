package nl.functiehuis.validation;

import java.util.List;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.NormFunction;

/** A norm function (and its enriched profiles) asks at most five competencies. */
final class CompetencyCount {
    static final int MAXIMUM = 5;

    private CompetencyCount() {}

    static List<Finding> check(FunctionProfile profile, HouseView house) {
        List<CompetencyRequirement> asked = switch (profile) {
            case NormFunction n -> n.content().competencies();
            case EnrichedProfile e -> e.content().competencies();
            default -> List.of();
        };
        if (asked.size() <= MAXIMUM) {
            return List.of();
        }
        List<String> beyond = asked.subList(MAXIMUM, asked.size()).stream().map(CompetencyRequirement::competency).toList();
        return List.of(Finding.of(profile, "content.competencies", "Dit profiel vraagt " + asked.size()
                + " competenties; de methode staat er hoogstens " + MAXIMUM + " toe. Kies de " + MAXIMUM
                + " meest cruciale en onderscheidende en schrap de andere (nu als laatste genoemd: "
                + String.join(", ", beyond) + ")."));
    }
}
