package nl.functiehuis.comparison;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.functiehuis.Checks;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.competency.CompetencyDictionary;

/**
 * Two to five subjects side by side (profiles, or function levels such as Klantadviseur A/B/C): general
 * facts (scale, education), competencies per dimension or domain, differentiating factors, and knowledge
 * and skills. Every line says whether the subjects differ on it.
 */
public record ProfileComparison(List<Subject> subjects, List<ComparedSection> sections) {
    public static final int MIN = 2;
    public static final int MAX = 5;

    public ProfileComparison {
        subjects = Checks.list(subjects, "subjects");
        sections = Checks.list(sections, "sections");
        if (subjects.size() < MIN || subjects.size() > MAX) {
            throw new InvalidValue("profielen", "kies " + MIN + " tot " + MAX + " profielen of functieniveaus om te"
                    + " vergelijken (gekozen: " + subjects.size() + ")");
        }
        Set<String> codes = new HashSet<>();
        for (Subject s : subjects) {
            if (!codes.add(s.code().slug())) {
                throw new InvalidValue("profielen", s.code() + " is twee keer gekozen");
            }
        }
        for (ComparedSection section : sections) {
            for (ComparedLine line : section.lines()) {
                if (line.values().size() != subjects.size()) {
                    throw new InvalidValue("sections", "regel '" + line.label() + "' heeft " + line.values().size()
                            + " waarden voor " + subjects.size() + " profielen");
                }
            }
        }
    }

    /** Compares the subjects, looking their competencies up in {@code dictionaries}. */
    public static ProfileComparison of(List<Subject> subjects, List<CompetencyDictionary> dictionaries) {
        var requirements = new Requirements(dictionaries);
        List<ComparedSection> sections = List.of(GeneralLines.of(subjects), CompetencyLines.of(subjects, requirements),
                ContentLines.factors(subjects), ContentLines.knowledge(subjects));
        return new ProfileComparison(subjects, sections.stream().filter(s -> !s.groups().isEmpty()).toList());
    }

    /** The section with this id, if it has any line. */
    public Optional<ComparedSection> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** How many lines differ, over all sections. */
    public long differences() {
        return sections.stream().mapToLong(ComparedSection::differences).sum();
    }
}
