package nl.functiehuis.vacancy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.profile.EducationLevel;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionLevel;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.GenericProfile;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.MinimumEducation;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.OrganisationProfile;
import nl.functiehuis.profile.ProfileCode;
import nl.functiehuis.profile.ResultArea;
import org.jspecify.annotations.Nullable;

/**
 * A concept vacancy prefilled from one profile version: title, organisation, competencies with the level
 * asked, minimum education as an education eis, scale and tasks (the core activities of the result areas
 * that apply). For a levelled family the code asked names the level, whose title, scale and competencies
 * are used; the family code itself gives its first level.
 */
public final class ProfileVacancy {
    private static final Pattern MBO = Pattern.compile("(?i)\\bmbo\\D{0,10}([1-4])\\b");

    private ProfileVacancy() {}

    /** The vacancy for {@code profile} as stored in {@code version}, asked for under {@code askedCode}. */
    public static Vacancy from(FunctionProfile profile, int version, String askedCode) {
        return switch (profile) {
            case NormFunction n -> norm(n.code(), n.title(), version, n.content());
            case EnrichedProfile e -> norm(e.code(), e.title(), version, e.content());
            case OrganisationProfile o -> organisation(o, version);
            case LevelledFamily f -> level(f, level(f, askedCode), version);
            case GenericProfile g -> vacancy(g.title(), null, null, g.code(), version, null, List.of(),
                    List.of(), competencies(g.requirements()));
        };
    }

    private static Vacancy norm(ProfileCode code, String title, int version, NormContent content) {
        List<Requirement> education = content.minimumEducation() == null ? List.of()
                : List.of(education(content.minimumEducation()));
        return vacancy(title, null, null, code, version, null, List.of(), education, competencies(content.competencies()));
    }

    private static Vacancy organisation(OrganisationProfile o, int version) {
        List<Requirement> education = o.thinkingLevel() == null ? List.of() : List.of(education(o.thinkingLevel()));
        List<AskedCompetency> competencies = o.behaviourCompetencies().stream()
                .map(b -> new AskedCompetency(b.name(), b.definition(), null)).toList();
        return vacancy(o.title(), o.organisation(), o.department(), o.code(), version, o.scale(), tasks(o.resultAreas()),
                education, competencies);
    }

    private static Vacancy level(LevelledFamily f, FunctionLevel level, int version) {
        List<AskedCompetency> competencies = f.competenciesAt(level.letter()).stream()
                .map(c -> new AskedCompetency(c.competency(), null, null)).toList();
        return vacancy(level.name(), f.organisation(), null, level.code(), version, level.scale(), tasks(f.resultAreas()),
                List.of(), competencies);
    }

    private static FunctionLevel level(LevelledFamily f, String askedCode) {
        String slug = ProfileCode.slugOf(askedCode);
        return f.levels().stream().filter(l -> l.code().slug().equals(slug)).findFirst().orElse(f.levels().getFirst());
    }

    private static Vacancy vacancy(String title, @Nullable String organisation, @Nullable String department,
            ProfileCode code, int version, @Nullable Integer scale, List<Task> tasks, List<Requirement> requirements,
            List<AskedCompetency> competencies) {
        Terms terms = new Terms(null, null, null, null, null, null, null, null, scale, null, null, null, null, null, null);
        return new Vacancy(title, organisation, department, code.value(), version, VacancyStatus.CONCEPT, terms, null,
                tasks, requirements, List.of(), competencies, null, null);
    }

    private static List<AskedCompetency> competencies(List<CompetencyRequirement> requirements) {
        return requirements.stream().map(r -> new AskedCompetency(r.competency(), null, r.level())).toList();
    }

    private static List<Task> tasks(List<ResultArea> areas) {
        List<Task> tasks = new ArrayList<>();
        areas.stream().filter(a -> !a.notApplicable()).forEach(a -> a.activities().forEach(t -> tasks.add(new Task(t, false))));
        return tasks;
    }

    private static Requirement education(MinimumEducation education) {
        Integer mbo = education.level() != null && education.level().track() == EducationLevel.Track.MBO
                ? education.level().level() : null;
        return new Requirement("Minimaal opleidingsniveau: " + education.text(), Requirement.Kind.EDUCATION, mbo,
                null, null, null, education.level() == null ? education.text() : education.level().label());
    }

    private static Requirement education(String thinkingLevel) {
        Matcher m = MBO.matcher(thinkingLevel);
        Integer mbo = m.find() ? Integer.valueOf(m.group(1)) : null;
        return new Requirement("Werk- en denkniveau: " + thinkingLevel, Requirement.Kind.EDUCATION, mbo, null, null, null,
                thinkingLevel);
    }
}
