package nl.functiehuis.importer.booklet.front;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the methodology section says about the competency model: the dictionary size it states (with
 * the words as written), its dimensions, the level letters from heaviest to lightest, whether levels
 * are cumulative and how many competencies a profile may hold.
 */
public record CompetencyModel(@Nullable String section, @Nullable Integer statedCompetencyCount,
        @Nullable Quote statedCompetencyCountText, @Nullable Integer statedDimensionCount,
        List<DimensionText> dimensions, @Nullable Integer statedLevelCount, List<String> levelLetters,
        @Nullable String lightestLevel, @Nullable String heaviestLevel, @Nullable Boolean levelsCumulative,
        @Nullable Integer maxCompetenciesPerProfile) {

    public CompetencyModel {
        dimensions = List.copyOf(dimensions);
        levelLetters = List.copyOf(levelLetters);
    }

    public static CompetencyModel empty() {
        return new CompetencyModel(null, null, null, null, List.of(), null, List.of(), null, null, null, null);
    }

    CompetencyModel withDimensions(List<DimensionText> replaced) {
        return new CompetencyModel(section, statedCompetencyCount, statedCompetencyCountText, statedDimensionCount,
                replaced, statedLevelCount, levelLetters, lightestLevel, heaviestLevel, levelsCumulative,
                maxCompetenciesPerProfile);
    }

    /** The number of dimensions: as stated, else as listed. */
    public int dimensionCount() {
        return statedDimensionCount != null ? statedDimensionCount : dimensions.size();
    }
}
