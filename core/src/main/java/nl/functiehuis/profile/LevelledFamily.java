package nl.functiehuis.profile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.functiehuis.Checks;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.competency.Dimension;
import org.jspecify.annotations.Nullable;

/**
 * A levelled function family (e.g. UWV Klantadviseur A/B/C): one description with levels that each
 * have their own code and scale, per-level tables (differentiating factors, latitude, knowledge and
 * skills), and core plus function-specific competencies per domain.
 */
public record LevelledFamily(
        ProfileCode code,
        String title,
        @Nullable String organisation,
        @Nullable String groupCode,
        @Nullable String dictionary,
        @Nullable String purpose,
        @Nullable String position,
        @Nullable String context,
        List<FunctionLevel> levels,
        List<ResultArea> resultAreas,
        List<LevelledRow> factors,
        List<LevelledRow> latitude,
        List<LevelledRow> knowledgeAndSkills,
        List<Dimension> domains,
        List<DomainCompetency> competencies) implements FunctionProfile {

    public LevelledFamily {
        Checks.required(code, "code");
        title = Checks.text(title, "title");
        organisation = Checks.optional(organisation);
        groupCode = Checks.optional(groupCode);
        dictionary = Checks.optional(dictionary);
        purpose = Checks.optional(purpose);
        position = Checks.optional(position);
        context = Checks.optional(context);
        levels = Checks.list(levels, "levels");
        resultAreas = Checks.list(resultAreas, "resultAreas");
        factors = Checks.list(factors, "factors");
        latitude = Checks.list(latitude, "latitude");
        knowledgeAndSkills = Checks.list(knowledgeAndSkills, "knowledgeAndSkills");
        domains = Checks.list(domains, "domains");
        competencies = Checks.list(competencies, "competencies");
        if (levels.isEmpty()) {
            throw new InvalidValue("levels", "een functiefamilie heeft minstens één niveau");
        }
        Set<String> letters = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            if (!letters.add(levels.get(i).letter())) {
                throw new InvalidValue("levels[" + i + "].letter", "komt twee keer voor: " + levels.get(i).letter());
            }
            if (!codes.add(levels.get(i).code().slug())) {
                throw new InvalidValue("levels[" + i + "].code", "komt twee keer voor: " + levels.get(i).code());
            }
        }
        checkCells("factors", factors, letters);
        checkCells("latitude", latitude, letters);
        checkCells("knowledgeAndSkills", knowledgeAndSkills, letters);
        Set<String> domainCodes = new HashSet<>();
        domains.forEach(d -> domainCodes.add(d.code()));
        for (int i = 0; i < competencies.size(); i++) {
            DomainCompetency c = competencies.get(i);
            if (!domainCodes.contains(c.domain())) {
                throw new InvalidValue("competencies[" + i + "].domain", "onbekend domein '" + c.domain() + "'");
            }
            if (c.level() != null && !letters.contains(c.level())) {
                throw new InvalidValue("competencies[" + i + "].level", "onbekend functieniveau '" + c.level() + "'");
            }
        }
    }

    private static void checkCells(String field, List<LevelledRow> rows, Set<String> letters) {
        for (int r = 0; r < rows.size(); r++) {
            List<LevelCell> cells = rows.get(r).cells();
            for (int c = 0; c < cells.size(); c++) {
                if (!letters.contains(cells.get(c).level())) {
                    throw new InvalidValue(field + "[" + r + "].cells[" + c + "].level",
                            "onbekend functieniveau '" + cells.get(c).level() + "'");
                }
            }
        }
    }

    @Override
    public ProfileKind kind() {
        return ProfileKind.LEVELLED;
    }

    @Override
    public List<CompetencyRequirement> requirements() {
        Set<String> names = new LinkedHashSet<>();
        competencies.forEach(c -> names.add(c.competency()));
        return names.stream().map(n -> new CompetencyRequirement(n, null)).toList();
    }

    @Override
    public List<ProfileCode> aliases() {
        return levels.stream().map(FunctionLevel::code).toList();
    }

    public Optional<FunctionLevel> level(String letter) {
        return levels.stream().filter(l -> l.letter().equals(letter)).findFirst();
    }

    /** Core competencies (asked at every level) followed by those specific to the given level. */
    public List<DomainCompetency> competenciesAt(String letter) {
        List<DomainCompetency> result = new ArrayList<>();
        competencies.stream().filter(c -> c.level() == null).forEach(result::add);
        competencies.stream().filter(c -> letter.equals(c.level())).forEach(result::add);
        return result;
    }
}
