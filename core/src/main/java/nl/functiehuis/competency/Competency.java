package nl.functiehuis.competency;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import nl.functiehuis.Checks;
import nl.functiehuis.InvalidValue;
import org.jspecify.annotations.Nullable;

/**
 * A competency of a dictionary, with its definition and the behaviour levels it defines. A competency may
 * be only named, without definition or levels ("niet uitgewerkt"): a booklet's matrix header lists more
 * competencies than the booklet works out. Such a competency exists, but no level of it can be asked.
 */
public record Competency(String name, String dimension, @Nullable String definition, List<BehaviourLevel> levels) {
    public Competency {
        name = Checks.text(name, "name");
        dimension = Checks.text(dimension, "dimension");
        definition = Checks.optional(definition);
        levels = Checks.list(levels, "levels");
        var seen = new HashSet<LevelLetter>();
        for (int i = 0; i < levels.size(); i++) {
            if (!seen.add(levels.get(i).letter())) {
                throw new InvalidValue("levels[" + i + "].letter", "komt twee keer voor: " + levels.get(i).letter());
            }
        }
        levels = levels.stream().sorted((a, b) -> Integer.compare(b.letter().weight(), a.letter().weight())).toList();
    }

    /** Whether the dictionary works this competency out (a definition or levels), not only names it. */
    public boolean described() {
        return definition != null || !levels.isEmpty();
    }

    public Optional<BehaviourLevel> level(LevelLetter letter) {
        return levels.stream().filter(l -> l.letter() == letter).findFirst();
    }
}
