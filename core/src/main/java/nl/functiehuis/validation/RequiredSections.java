package nl.functiehuis.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.GenericProfile;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.OrganisationProfile;

/**
 * The sections a profile of each kind has: for a norm function those of CompetentieBOX §1.2
 * (characteristics, critical situations, competencies, vakkennis, minimum education), for an enriched
 * profile also its qualifications, for organisation profiles and levelled families those of their forms.
 */
final class RequiredSections {
    private RequiredSections() {}

    private record Section(String field, String label, boolean present) {}

    static List<Finding> check(FunctionProfile profile, HouseView house) {
        List<Section> sections = switch (profile) {
            case NormFunction n -> norm(n.content());
            case EnrichedProfile e -> {
                List<Section> s = new ArrayList<>(norm(e.content()));
                s.add(new Section("qualifications", "Kwalificaties", !e.qualifications().isEmpty()));
                yield s;
            }
            case OrganisationProfile o -> List.of(
                    new Section("purpose", "Doel van de functie", o.purpose() != null),
                    new Section("scale", "Indeling (schaal)", o.scale() != null),
                    new Section("resultAreas", "Resultaatgebieden", !o.resultAreas().isEmpty()),
                    new Section("behaviourCompetencies", "Gedragscompetenties", !o.behaviourCompetencies().isEmpty()));
            case LevelledFamily f -> family(f);
            case GenericProfile g -> List.of();
        };
        String kind = profile.kind().label().toLowerCase(Locale.ROOT);
        return sections.stream().filter(s -> !s.present()).map(s -> Finding.of(profile, s.field(), "Het onderdeel '"
                + s.label() + "' ontbreekt of is leeg; een " + kind + " hoort het te hebben. Vul het in.")).toList();
    }

    private static List<Section> norm(NormContent c) {
        return List.of(
                new Section("content.characteristics", "Overwegende functiekenmerken", !c.characteristics().isEmpty()),
                new Section("content.criticalSituations", "Kritische werksituaties", !c.criticalSituations().isEmpty()),
                new Section("content.competencies", "Competenties", !c.competencies().isEmpty()),
                new Section("content.knowledge", "Vakkennis (kennis en vaardigheden)",
                        !c.knowledge().isEmpty() || !c.skills().isEmpty()),
                new Section("content.minimumEducation", "Minimale opleiding", c.minimumEducation() != null));
    }

    private static List<Section> family(LevelledFamily f) {
        List<Section> sections = new ArrayList<>(List.of(
                new Section("purpose", "Doel van de functie", f.purpose() != null),
                new Section("resultAreas", "Resultaatgebieden", !f.resultAreas().isEmpty()),
                new Section("factors", "Differentiërende factoren", !f.factors().isEmpty()),
                new Section("knowledgeAndSkills", "Kennis en vaardigheid", !f.knowledgeAndSkills().isEmpty()),
                new Section("competencies", "Competenties", !f.competencies().isEmpty())));
        for (int i = 0; i < f.levels().size(); i++) {
            sections.add(new Section("levels[" + i + "].scale", "Schaal van niveau " + f.levels().get(i).letter(),
                    f.levels().get(i).scale() != null));
        }
        return sections;
    }
}
