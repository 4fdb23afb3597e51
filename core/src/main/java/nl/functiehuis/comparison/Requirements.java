package nl.functiehuis.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.functiehuis.competency.Competency;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.competency.Dimension;
import nl.functiehuis.profile.BehaviourCompetency;
import nl.functiehuis.profile.DomainCompetency;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.GenericProfile;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.OrganisationProfile;
import org.jspecify.annotations.Nullable;

/**
 * The competencies a subject asks, each placed under a dimension: the dimension its dictionary gives it,
 * the domain a family gives it, the group an organisation profile gives it, or "overig".
 */
final class Requirements {
    static final Dimension OTHER = new Dimension("overig", "Overig", "Niet in het competentiewoordenboek");

    private final List<CompetencyDictionary> dictionaries;

    Requirements(List<CompetencyDictionary> dictionaries) {
        this.dictionaries = List.copyOf(dictionaries);
    }

    Optional<CompetencyDictionary> dictionary(@Nullable String id) {
        return id == null ? Optional.empty() : dictionaries.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    List<Asked> of(Subject subject) {
        return switch (subject.profile()) {
            case NormFunction n -> levelled(n.content().competencies(), dictionary(n.dictionary()));
            case EnrichedProfile e -> levelled(e.content().competencies(), dictionary(e.dictionary()));
            case OrganisationProfile o -> behaviour(o.behaviourCompetencies(), dictionary(o.dictionary()));
            case LevelledFamily f -> domains(f, subject.levelLetter());
            case GenericProfile g -> List.of();
        };
    }

    private static List<Asked> levelled(List<CompetencyRequirement> asked, Optional<CompetencyDictionary> dictionary) {
        List<Asked> result = new ArrayList<>();
        for (CompetencyRequirement r : asked) {
            Optional<Competency> known = dictionary.flatMap(d -> d.find(r.competency()));
            Cell cell = r.level() == null ? new Cell.Asked(false)
                    : new Cell.Level(r.level(), known.flatMap(c -> c.level(r.level())).map(l -> l.name()).orElse(null));
            result.add(new Asked(dimension(dictionary, known), known.map(Competency::name).orElse(r.competency()), cell));
        }
        return result;
    }

    private static List<Asked> behaviour(List<BehaviourCompetency> asked, Optional<CompetencyDictionary> dictionary) {
        List<Asked> result = new ArrayList<>();
        for (BehaviourCompetency b : asked) {
            Optional<Competency> known = dictionary.flatMap(d -> d.find(b.name()));
            Dimension group = known.isPresent() || b.group() == null ? dimension(dictionary, known)
                    : new Dimension(Names.key(b.group()), Names.capitalised(b.group()), null);
            result.add(new Asked(group, known.map(Competency::name).orElse(b.name()), new Cell.Asked(false)));
        }
        return result;
    }

    private static List<Asked> domains(LevelledFamily family, @Nullable String letter) {
        List<Asked> result = new ArrayList<>();
        List<DomainCompetency> asked = letter == null ? family.competencies() : family.competenciesAt(letter);
        for (DomainCompetency c : asked) {
            Dimension domain = family.domains().stream().filter(d -> d.code().equals(c.domain())).findFirst()
                    .orElse(OTHER);
            result.add(new Asked(domain, c.competency(), new Cell.Asked(c.level() == null)));
        }
        return result;
    }

    private static Dimension dimension(Optional<CompetencyDictionary> dictionary, Optional<Competency> known) {
        if (dictionary.isEmpty() || known.isEmpty()) {
            return OTHER;
        }
        return dictionary.get().dimension(known.get().dimension()).orElse(OTHER);
    }
}
