package nl.functiehuis.education;

import java.util.Arrays;
import java.util.List;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.competency.Dimension;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.house.CoreTask;
import nl.functiehuis.house.Qualification;
import nl.functiehuis.house.WorkProcess;
import nl.functiehuis.profile.BehaviourCompetency;
import nl.functiehuis.profile.DomainCompetency;
import nl.functiehuis.profile.EducationLevel;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionLevel;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.MinimumEducation;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.OrganisationProfile;
import nl.functiehuis.profile.ProfileCode;
import nl.functiehuis.profile.QualificationLink;
import org.jspecify.annotations.Nullable;

/** Small profiles and qualifications, written for the education tests. */
final class EducationFixtures {
    private EducationFixtures() {}

    static Qualification qualification(String name, @Nullable Integer mboLevel) {
        var task = new CoreTask("1", "Helpt bezoekers", List.of(new WorkProcess("1.1", "Ontvangt bezoekers")));
        return new Qualification(name, mboLevel, List.of(task));
    }

    static CompetencyRequirement asks(String competency, @Nullable LevelLetter level) {
        return new CompetencyRequirement(competency, level);
    }

    static NormFunction norm(String code, @Nullable String nlqf, @Nullable Integer minimumMbo,
            CompetencyRequirement... asked) {
        MinimumEducation minimum = new MinimumEducation("Minimaal mbo",
                minimumMbo == null ? null : EducationLevel.mbo(minimumMbo), null);
        return new NormFunction(ProfileCode.of(code), "Functie " + code, "T01.01", "test", nlqf, content(minimum, asked));
    }

    static EnrichedProfile enriched(String code, String base, String... qualifications) {
        List<QualificationLink> links = Arrays.stream(qualifications)
                .map(q -> new QualificationLink(q, null, null, null, List.of())).toList();
        return new EnrichedProfile(ProfileCode.of(code), "Functie " + base, "Verrijking " + code, ProfileCode.of(base),
                "T01.01", "test", content(null, asks("Klantgerichtheid", LevelLetter.B)), links);
    }

    static OrganisationProfile organisation(String code, @Nullable String thinkingLevel, String... competencies) {
        List<BehaviourCompetency> asked = Arrays.stream(competencies)
                .map(c -> new BehaviourCompetency(c, null, null, null)).toList();
        return new OrganisationProfile(ProfileCode.of(code), "Organisatieprofiel " + code, null, null, null, null,
                null, 7, null, thinkingLevel, List.of(), List.of(), List.of(), asked, null, List.of());
    }

    static LevelledFamily family(String code, String... coreCompetencies) {
        var levels = List.of(new FunctionLevel("A", ProfileCode.of(code + "1"), "Adviseur A", null, 4),
                new FunctionLevel("B", ProfileCode.of(code + "2"), "Adviseur B", null, 5));
        List<DomainCompetency> asked = Arrays.stream(coreCompetencies)
                .map(c -> new DomainCompetency("1", c, null)).toList();
        return new LevelledFamily(ProfileCode.of(code), "Adviseur", null, null, null, null, null, null, levels,
                List.of(), List.of(), List.of(), List.of(), List.of(new Dimension("1", "Samenwerken", null)), asked);
    }

    private static NormContent content(@Nullable MinimumEducation minimum, CompetencyRequirement... asked) {
        return new NormContent(List.of(), List.of(), List.of(asked), List.of(), List.of(), minimum);
    }
}
