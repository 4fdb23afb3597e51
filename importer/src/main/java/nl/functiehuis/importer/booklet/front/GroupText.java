package nl.functiehuis.importer.booklet.front;

import java.util.List;
import java.util.Map;
import nl.functiehuis.importer.blocks.Location;
import org.jspecify.annotations.Nullable;

/**
 * A function group as section 1.3.x describes it: name, code prefix (from the overview's codes), its
 * functions and enriched profiles (overview names), example functions, the competencies the text names
 * in order, those limited to some functions ({@code scope}: competency → roman numerals), those that were
 * considered but not selected, abbreviations it explains, and the levels it states.
 */
public record GroupText(String section, String name, @Nullable String codePrefix, @Nullable String description,
        List<String> functions, List<String> enrichedProfiles, List<String> exampleFunctions,
        List<String> statedCompetencies, Map<String, List<Integer>> scope, List<String> consideredButNotSelected,
        Map<String, String> abbreviations, List<StatedLevel> statedLevels, Location at) {

    public GroupText {
        functions = List.copyOf(functions);
        enrichedProfiles = List.copyOf(enrichedProfiles);
        exampleFunctions = List.copyOf(exampleFunctions);
        statedCompetencies = List.copyOf(statedCompetencies);
        scope = Map.copyOf(scope);
        consideredButNotSelected = List.copyOf(consideredButNotSelected);
        abbreviations = Map.copyOf(abbreviations);
        statedLevels = List.copyOf(statedLevels);
    }

    /**
     * The competencies the text gives function {@code numeral} (1 for I): the stated ones, less those whose
     * scope leaves it out. A reading of the text alone; the profiles are the authority.
     */
    public List<String> competenciesOf(int numeral) {
        return statedCompetencies.stream()
                .filter(c -> !scope.containsKey(c) || scope.get(c).contains(numeral))
                .toList();
    }
}
