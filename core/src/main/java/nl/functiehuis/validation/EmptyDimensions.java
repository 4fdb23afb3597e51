package nl.functiehuis.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.functiehuis.competency.Competency;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.competency.Dimension;
import nl.functiehuis.profile.FunctionProfile;

/**
 * Names the dimensions of its dictionary from which a profile asks no competency: allowed, but the
 * methodology asks to spread competencies over the dimensions and to be able to explain a gap.
 */
final class EmptyDimensions {
    private EmptyDimensions() {}

    static List<Finding> check(FunctionProfile profile, HouseView house) {
        var dictionary = house.dictionary(profile.dictionary());
        if (dictionary.isEmpty() || dictionary.get().dimensions().isEmpty()) {
            return List.of();
        }
        List<Listed> listed = Listed.of(profile);
        if (listed.isEmpty()) {
            return List.of();
        }
        Set<String> used = new HashSet<>();
        listed.forEach(l -> dictionary.get().find(l.competency()).map(Competency::dimension).ifPresent(used::add));
        List<Dimension> empty = dictionary.get().dimensions().stream().filter(d -> !used.contains(d.code())).toList();
        if (empty.isEmpty()) {
            return List.of();
        }
        String names = empty.stream().map(Dimension::name).collect(Collectors.joining(", "));
        return List.of(Finding.of(profile, field(listed), (empty.size() == 1 ? "De dimensie " : "De dimensies ") + names
                + (empty.size() == 1 ? " blijft" : " blijven") + " leeg: dit profiel vraagt daar geen competentie uit "
                + name(dictionary.get()) + ". Dat mag; ga na of het uit te leggen is, of kies een competentie uit "
                + (empty.size() == 1 ? "die dimensie." : "een van die dimensies.")));
    }

    private static String field(List<Listed> listed) {
        String first = listed.getFirst().nameField();
        return first.substring(0, first.lastIndexOf('['));
    }

    private static String name(CompetencyDictionary dictionary) {
        return "woordenboek '" + dictionary.name() + "'";
    }
}
