package nl.functiehuis.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.functiehuis.competency.Competency;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.importer.DraftProfile;
import nl.functiehuis.importer.blocks.Spelling;

/**
 * Matches the competencies a draft profile asks to the dictionary it names, and only to that one (so
 * never across dictionaries or level scales). A name the dictionary has is kept; a name within spelling
 * tolerance takes the dictionary's spelling and is reported; an unknown name is left for the integrity
 * check to refuse.
 */
final class CompetencyMatching {
    private CompetencyMatching() {}

    static DraftProfile matched(DraftProfile draft, Optional<CompetencyDictionary> dictionary, ImportLog log) {
        if (dictionary.isEmpty()) {
            return draft;
        }
        CompetencyDictionary d = dictionary.get();
        List<String> known = d.competencies().stream().map(Competency::name).toList();
        Map<String, String> renames = new LinkedHashMap<>();
        for (CompetencyRequirement asked : draft.profile().requirements()) {
            String name = asked.competency();
            if (d.find(name).isPresent() || renames.containsKey(name)) {
                continue;
            }
            Spelling.closest(name, known).ifPresent(match -> {
                renames.put(name, match.candidate());
                log.warn("profiel " + draft.profile().code(), "competentie '" + name + "' gekoppeld aan '"
                        + match.candidate() + "' uit woordenboek " + d.name() + " (afwijkende spelling)");
            });
        }
        return new DraftProfile(CompetencyNames.renamed(draft.profile(), renames), draft.status(), draft.effectiveDate());
    }
}
