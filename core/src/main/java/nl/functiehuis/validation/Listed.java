package nl.functiehuis.validation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.GenericProfile;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.OrganisationProfile;
import org.jspecify.annotations.Nullable;

/**
 * A competency as a profile lists it, with the field paths of its name and level, so that a violation
 * points at the place to change (the same paths as edit and load errors).
 */
record Listed(String competency, @Nullable LevelLetter level, String nameField, String levelField) {

    static List<Listed> of(FunctionProfile profile) {
        List<Listed> listed = new ArrayList<>();
        switch (profile) {
            case NormFunction n -> add(n.content().competencies(), listed);
            case EnrichedProfile e -> add(e.content().competencies(), listed);
            case OrganisationProfile o -> {
                for (int i = 0; i < o.behaviourCompetencies().size(); i++) {
                    String at = "behaviourCompetencies[" + i + "]";
                    listed.add(new Listed(o.behaviourCompetencies().get(i).name(), null, at + ".name", at));
                }
            }
            case LevelledFamily f -> {
                for (int i = 0; i < f.competencies().size(); i++) {
                    String at = "competencies[" + i + "]";
                    listed.add(new Listed(f.competencies().get(i).competency(), null, at + ".competency", at));
                }
            }
            case GenericProfile g -> { }
        }
        return listed;
    }

    private static void add(List<CompetencyRequirement> requirements, List<Listed> listed) {
        for (int i = 0; i < requirements.size(); i++) {
            CompetencyRequirement r = requirements.get(i);
            String at = "content.competencies[" + i + "]";
            listed.add(new Listed(r.competency(), r.level(), at + ".competency", at + ".level"));
        }
    }

    /** A name folded for comparison: lower case, without accents, spaces or punctuation. */
    static String fold(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
