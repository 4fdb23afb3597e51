package nl.functiehuis.competency;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.functiehuis.Checks;
import nl.functiehuis.InvalidValue;

/**
 * A competency dictionary (competentiewoordenboek): its dimensions or domains and its competencies.
 * Names are unique ignoring case; each competency belongs to one of the dictionary's dimensions.
 */
public record CompetencyDictionary(
        String id, String name, LevelScale scale, List<Dimension> dimensions, List<Competency> competencies) {

    public CompetencyDictionary {
        id = Checks.text(id, "id");
        name = Checks.text(name, "name");
        Checks.required(scale, "scale");
        dimensions = Checks.list(dimensions, "dimensions");
        competencies = Checks.list(competencies, "competencies");
        var codes = new HashSet<String>();
        for (int i = 0; i < dimensions.size(); i++) {
            if (!codes.add(dimensions.get(i).code())) {
                throw new InvalidValue("dimensions[" + i + "].code", "komt twee keer voor: " + dimensions.get(i).code());
            }
        }
        var names = new HashSet<String>();
        for (int i = 0; i < competencies.size(); i++) {
            Competency c = competencies.get(i);
            if (!names.add(key(c.name()))) {
                throw new InvalidValue("competencies[" + i + "].name", "komt twee keer voor: " + c.name());
            }
            if (!codes.contains(c.dimension())) {
                throw new InvalidValue("competencies[" + i + "].dimension", "onbekende dimensie '" + c.dimension() + "'");
            }
            if (scale == LevelScale.NONE && !c.levels().isEmpty()) {
                throw new InvalidValue("competencies[" + i + "].levels", "dit woordenboek kent geen gedragsniveaus");
            }
        }
    }

    public Optional<Competency> find(String competencyName) {
        String k = key(competencyName);
        return competencies.stream().filter(c -> key(c.name()).equals(k)).findFirst();
    }

    public Optional<Dimension> dimension(String code) {
        return dimensions.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public List<Competency> inDimension(String code) {
        return competencies.stream().filter(c -> c.dimension().equals(code)).toList();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
