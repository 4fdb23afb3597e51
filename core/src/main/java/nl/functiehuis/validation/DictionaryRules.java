package nl.functiehuis.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.functiehuis.competency.BehaviourLevel;
import nl.functiehuis.competency.Competency;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.competency.LevelScale;
import nl.functiehuis.profile.FunctionProfile;

/** Every competency a profile asks exists in its dictionary, and every level it asks is described there. */
final class DictionaryRules {
    private DictionaryRules() {}

    static List<Finding> competencies(FunctionProfile profile, HouseView house) {
        if (profile.dictionary() == null) {
            return List.of();
        }
        Optional<CompetencyDictionary> dictionary = house.dictionary(profile.dictionary());
        if (dictionary.isEmpty()) {
            return List.of(Finding.of(profile, "dictionary", "Het competentiewoordenboek '" + profile.dictionary()
                    + "' bestaat niet in dit functiehuis. Importeer het woordenboek of kies een bestaand woordenboek."));
        }
        List<Finding> findings = new ArrayList<>();
        for (Listed l : Listed.of(profile)) {
            if (dictionary.get().find(l.competency()).isEmpty()) {
                findings.add(Finding.of(profile, l.nameField(), "De competentie '" + l.competency()
                        + "' staat niet in woordenboek '" + dictionary.get().name()
                        + "'. Kies een competentie uit het woordenboek, of neem '" + l.competency() + "' daarin op."));
            }
        }
        return findings;
    }

    static List<Finding> levels(FunctionProfile profile, HouseView house) {
        Optional<CompetencyDictionary> dictionary = house.dictionary(profile.dictionary());
        if (dictionary.isEmpty()) {
            return List.of();
        }
        CompetencyDictionary d = dictionary.get();
        List<Finding> findings = new ArrayList<>();
        for (Listed l : Listed.of(profile)) {
            Optional<Competency> competency = d.find(l.competency());
            if (competency.isEmpty()) {
                continue;
            }
            String name = competency.get().name();
            if (d.scale() == LevelScale.NONE) {
                if (l.level() != null) {
                    findings.add(Finding.of(profile, l.levelField(), "Woordenboek '" + d.name()
                            + "' kent geen gedragsniveaus; laat het niveau bij '" + name + "' leeg."));
                }
            } else if (l.level() == null) {
                findings.add(Finding.of(profile, l.levelField(), "Bij '" + name
                        + "' ontbreekt het gedragsniveau. Kies een niveau dat het woordenboek beschrijft ("
                        + described(competency.get()) + ")."));
            } else if (!competency.get().described()) {
                findings.add(Finding.of(profile, l.levelField(), "'" + name + "' wordt in woordenboek '" + d.name()
                        + "' alleen genoemd, niet uitgewerkt: er is geen niveau van beschreven. Kies een uitgewerkte"
                        + " competentie, of werk '" + name + "' met zijn niveaus uit in het woordenboek."));
            } else if (competency.get().level(l.level()).isEmpty()) {
                findings.add(Finding.of(profile, l.levelField(), "Niveau " + l.level() + " van '" + name
                        + "' is niet beschreven in woordenboek '" + d.name() + "' (beschreven: " + described(competency.get())
                        + "). Kies een beschreven niveau, of beschrijf niveau " + l.level() + " in het woordenboek."));
            }
        }
        return findings;
    }

    private static String described(Competency competency) {
        return competency.levels().isEmpty() ? "geen"
                : competency.levels().stream().map(BehaviourLevel::letter).map(Enum::name).collect(Collectors.joining(", "));
    }
}
