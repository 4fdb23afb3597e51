package nl.functiehuis.application;

import java.util.List;
import java.util.Map;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.profile.BehaviourCompetency;
import nl.functiehuis.profile.DomainCompetency;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.GenericProfile;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.OrganisationProfile;

/** A profile with the competency names it asks replaced, e.g. by the spelling of its dictionary. */
final class CompetencyNames {
    private CompetencyNames() {}

    static FunctionProfile renamed(FunctionProfile profile, Map<String, String> names) {
        if (names.isEmpty()) {
            return profile;
        }
        return switch (profile) {
            case NormFunction n -> new NormFunction(n.code(), n.title(), n.groupCode(), n.dictionary(), n.nlqfLevel(),
                    content(n.content(), names));
            case EnrichedProfile e -> new EnrichedProfile(e.code(), e.title(), e.subtitle(), e.baseCode(), e.groupCode(),
                    e.dictionary(), content(e.content(), names), e.qualifications());
            case OrganisationProfile o -> new OrganisationProfile(o.code(), o.title(), o.organisation(), o.department(),
                    o.groupCode(), o.dictionary(), o.purpose(), o.scale(), o.functionType(), o.thinkingLevel(),
                    o.resultAreas(), o.frameworks(), o.professionalCompetencies(), behaviour(o.behaviourCompetencies(), names),
                    o.context(), o.focusAreas());
            case LevelledFamily f -> new LevelledFamily(f.code(), f.title(), f.organisation(), f.groupCode(), f.dictionary(),
                    f.purpose(), f.position(), f.context(), f.levels(), f.resultAreas(), f.factors(), f.latitude(),
                    f.knowledgeAndSkills(), f.domains(), domain(f.competencies(), names));
            case GenericProfile g -> g;
        };
    }

    private static NormContent content(NormContent c, Map<String, String> names) {
        List<CompetencyRequirement> asked = c.competencies().stream()
                .map(r -> new CompetencyRequirement(names.getOrDefault(r.competency(), r.competency()), r.level()))
                .toList();
        return new NormContent(c.characteristics(), c.criticalSituations(), asked, c.knowledge(), c.skills(),
                c.minimumEducation());
    }

    private static List<BehaviourCompetency> behaviour(List<BehaviourCompetency> asked, Map<String, String> names) {
        return asked.stream().map(b -> new BehaviourCompetency(names.getOrDefault(b.name(), b.name()), b.group(),
                b.definition(), b.example())).toList();
    }

    private static List<DomainCompetency> domain(List<DomainCompetency> asked, Map<String, String> names) {
        return asked.stream().map(d -> new DomainCompetency(d.domain(), names.getOrDefault(d.competency(), d.competency()),
                d.level())).toList();
    }
}
