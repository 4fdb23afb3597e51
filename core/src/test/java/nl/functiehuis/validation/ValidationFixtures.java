package nl.functiehuis.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.functiehuis.competency.BehaviourLevel;
import nl.functiehuis.competency.Competency;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.competency.Dimension;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.competency.LevelScale;
import nl.functiehuis.house.FunctionGroup;
import nl.functiehuis.house.FunctionSeries;
import nl.functiehuis.profile.CriticalSituation;
import nl.functiehuis.profile.EducationLevel;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.MinimumEducation;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.ProfileCode;
import nl.functiehuis.profile.QualificationLink;
import nl.functiehuis.profile.Topic;
import org.jspecify.annotations.Nullable;

/** Tiny houses for the rule tests: one graded dictionary (with "Visie" only named, not worked out), one group G1 and norm functions built to order. */
final class ValidationFixtures {
    static final String DICTIONARY = "test";
    static final String GROUP = "G1";

    private ValidationFixtures() {}

    static CompetencyDictionary dictionary() {
        return new CompetencyDictionary(DICTIONARY, "Testwoordenboek", LevelScale.LETTERS_A_TO_D, List.of(
                new Dimension("persoonlijk", "Persoonlijk", null), new Dimension("conceptueel", "Conceptueel", null),
                new Dimension("relationeel", "Relationeel", null), new Dimension("operationeel", "Operationeel", null)),
                List.of(competency("Integriteit", "persoonlijk"), competency("Zelfreflectie", "persoonlijk"),
                        competency("Analyseren", "conceptueel"), competency("Klantgerichtheid", "relationeel"),
                        competency("Samenwerken", "relationeel", LevelLetter.C, LevelLetter.D),
                        competency("Nauwkeurigheid", "operationeel"), new Competency("Visie", "conceptueel", null, List.of())));
    }

    static Competency competency(String name, String dimension, LevelLetter... letters) {
        List<LevelLetter> described = letters.length == 0 ? List.of(LevelLetter.values()) : Arrays.asList(letters);
        return new Competency(name, dimension, null,
                described.stream().map(l -> new BehaviourLevel(l, "niveau " + l, List.of())).toList());
    }

    static CompetencyRequirement req(String competency, @Nullable LevelLetter level) {
        return new CompetencyRequirement(competency, level);
    }

    /** Four competencies over three dimensions (no conceptual one), all at level C. */
    static List<CompetencyRequirement> usual() {
        return List.of(req("Integriteit", LevelLetter.C), req("Klantgerichtheid", LevelLetter.C),
                req("Samenwerken", LevelLetter.C), req("Nauwkeurigheid", LevelLetter.C));
    }

    static NormContent content(List<CompetencyRequirement> competencies, @Nullable Integer mbo) {
        return new NormContent(List.of("Helpt inwoners."), List.of(new CriticalSituation("Drukte", "Veel wachtenden.")),
                competencies, List.of(new Topic("Producten", null)), List.of(),
                new MinimumEducation(mbo == null ? "Een MBO-opleiding" : "MBO " + mbo, mbo == null ? null : EducationLevel.mbo(mbo), null));
    }

    static NormFunction norm(String code, String title, @Nullable String nlqf, NormContent content) {
        return new NormFunction(ProfileCode.of(code), title, GROUP, DICTIONARY, nlqf, content);
    }

    static NormFunction norm(String code, List<CompetencyRequirement> competencies) {
        return norm(code, "Medewerker " + code, "3", content(competencies, 3));
    }

    static EnrichedProfile enriched(NormFunction base, NormContent content) {
        return new EnrichedProfile(ProfileCode.of(base.code().value() + "/VP"), base.title(), "Verrijkt", base.code(),
                GROUP, DICTIONARY, content, List.of(new QualificationLink("Kwalificatie", 3, null, null, List.of())));
    }

    static HouseView house(FunctionProfile... profiles) {
        return house(List.of(), profiles);
    }

    static HouseView house(List<BookletStatement> statements, FunctionProfile... profiles) {
        return new HouseView("Testhuis", new ArrayList<>(List.of(profiles)), List.of(dictionary()),
                List.of(new FunctionSeries("S1", "Reeks", null, List.of(new FunctionGroup(GROUP, "Groep", null)))),
                statements);
    }
}
