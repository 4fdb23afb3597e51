package nl.functiehuis.house;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.functiehuis.competency.Competency;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.competency.LevelScale;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.GenericProfile;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.OrganisationProfile;

/**
 * Checks that a profile's references hold within the house: its dictionary and group exist, every
 * competency it asks is in that dictionary, and every level it asks is defined there.
 */
public final class HouseIntegrity {
    private final List<CompetencyDictionary> dictionaries;
    private final List<FunctionSeries> series;

    public HouseIntegrity(List<CompetencyDictionary> dictionaries, List<FunctionSeries> series) {
        this.dictionaries = List.copyOf(dictionaries);
        this.series = List.copyOf(series);
    }

    /** The problems of one profile; {@code at} prefixes every field path, e.g. "profile". */
    public List<Problem> check(FunctionProfile profile, String at) {
        List<Problem> problems = new ArrayList<>();
        String group = profile.groupCode();
        if (group != null && series.stream().noneMatch(s -> s.group(group).isPresent())) {
            problems.add(new Problem(at + ".groupCode", "onbekende functiegroep '" + group + "'"));
        }
        String dictionaryId = profile.dictionary();
        if (dictionaryId == null) {
            return problems;
        }
        Optional<CompetencyDictionary> dictionary = dictionaries.stream().filter(d -> d.id().equals(dictionaryId)).findFirst();
        if (dictionary.isEmpty()) {
            problems.add(new Problem(at + ".dictionary", "onbekend competentiewoordenboek '" + dictionaryId + "'"));
            return problems;
        }
        String listField = at + requirementsField(profile);
        List<CompetencyRequirement> asked = listed(profile);
        for (int i = 0; i < asked.size(); i++) {
            checkRequirement(dictionary.get(), asked.get(i), listField + "[" + i + "]", problems);
        }
        return problems;
    }

    private static void checkRequirement(CompetencyDictionary dictionary, CompetencyRequirement r, String field, List<Problem> problems) {
        Optional<Competency> competency = dictionary.find(r.competency());
        if (competency.isEmpty()) {
            problems.add(new Problem(field + ".competency",
                    "onbekende competentie '" + r.competency() + "' in woordenboek '" + dictionary.name() + "'"));
            return;
        }
        if (r.level() == null) {
            if (dictionary.scale() == LevelScale.LETTERS_A_TO_D) {
                problems.add(new Problem(field + ".level", "gedragsniveau ontbreekt voor '" + r.competency() + "'"));
            }
        } else if (dictionary.scale() == LevelScale.NONE) {
            problems.add(new Problem(field + ".level", "woordenboek '" + dictionary.name() + "' kent geen gedragsniveaus"));
        } else if (competency.get().level(r.level()).isEmpty()) {
            problems.add(new Problem(field + ".level",
                    "niveau " + r.level() + " is niet beschreven voor '" + competency.get().name() + "'"));
        }
    }

    private static String requirementsField(FunctionProfile profile) {
        return switch (profile) {
            case NormFunction n -> ".content.competencies";
            case EnrichedProfile e -> ".content.competencies";
            case OrganisationProfile o -> ".behaviourCompetencies";
            case LevelledFamily f -> ".competencies";
            case GenericProfile g -> ".sections";
        };
    }

    private static List<CompetencyRequirement> listed(FunctionProfile profile) {
        return switch (profile) {
            case NormFunction n -> n.content().competencies();
            case EnrichedProfile e -> e.content().competencies();
            case OrganisationProfile o -> o.requirements();
            case LevelledFamily f -> f.competencies().stream()
                    .map(c -> new CompetencyRequirement(c.competency(), null)).toList();
            case GenericProfile g -> List.of();
        };
    }
}
