package nl.functiehuis.validation;

import java.util.List;
import java.util.Optional;
import nl.functiehuis.profile.EducationLevel;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.MinimumEducation;
import nl.functiehuis.profile.NormFunction;

/**
 * The minimum education of a norm function (and of an enriched profile, against its base's NLQF level)
 * names a level, and that level is not below the function's NLQF level; of an NLQF range such as "4/6"
 * the lowest level counts.
 */
final class EducationVsNlqf {
    private EducationVsNlqf() {}

    static List<Finding> check(FunctionProfile profile, HouseView house) {
        Optional<String> nlqf = switch (profile) {
            case NormFunction n -> Optional.ofNullable(n.nlqfLevel());
            case EnrichedProfile e -> house.profile(e.baseCode().value())
                    .flatMap(b -> b instanceof NormFunction n ? Optional.ofNullable(n.nlqfLevel()) : Optional.empty());
            default -> Optional.empty();
        };
        MinimumEducation education = switch (profile) {
            case NormFunction n -> n.content().minimumEducation();
            case EnrichedProfile e -> e.content().minimumEducation();
            default -> null;
        };
        if (nlqf.isEmpty() || education == null) {
            return List.of();
        }
        List<Integer> levels = EducationLevels.nlqf(nlqf.get());
        if (levels.isEmpty()) {
            return List.of();
        }
        int lowest = levels.stream().mapToInt(Integer::intValue).min().orElseThrow();
        EducationLevel level = education.level();
        String field = "content.minimumEducation";
        if (level == null) {
            return List.of(Finding.of(profile, field, "De minimale opleiding noemt geen niveau, terwijl de functie"
                    + " NLQF-niveau " + nlqf.get() + " heeft. Vermeld het opleidingsniveau, bijvoorbeeld 'MBO " + Math.min(lowest, 4)
                    + "'."));
        }
        if (level.nlqf() >= lowest) {
            return List.of();
        }
        return List.of(Finding.of(profile, field, "De minimale opleiding (" + level.label() + ") ligt onder NLQF-niveau "
                + nlqf.get() + " van de functie. Verhoog de minimale opleiding naar ten minste niveau " + lowest
                + ", of pas het NLQF-niveau aan."));
    }
}
