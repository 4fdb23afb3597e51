package nl.functiehuis.profile;

import java.util.List;
import nl.functiehuis.Checks;
import nl.functiehuis.competency.CompetencyRequirement;
import org.jspecify.annotations.Nullable;

/**
 * The content a norm function and its enriched profiles share: overwegende functiekenmerken,
 * kritische werksituaties, the required competencies with level, vakkennis and minimum education.
 */
public record NormContent(
        List<String> characteristics,
        List<CriticalSituation> criticalSituations,
        List<CompetencyRequirement> competencies,
        List<Topic> knowledge,
        List<Topic> skills,
        @Nullable MinimumEducation minimumEducation) {

    public NormContent {
        characteristics = Checks.texts(characteristics, "characteristics");
        criticalSituations = Checks.list(criticalSituations, "criticalSituations");
        competencies = Checks.list(competencies, "competencies");
        knowledge = Checks.list(knowledge, "knowledge");
        skills = Checks.list(skills, "skills");
    }
}
