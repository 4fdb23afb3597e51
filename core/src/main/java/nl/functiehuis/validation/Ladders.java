package nl.functiehuis.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.profile.FunctionLevel;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.LevelledRow;
import nl.functiehuis.profile.MinimumEducation;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.validation.Ladder.Asked;
import nl.functiehuis.validation.Ladder.Measure;
import nl.functiehuis.validation.Ladder.Rung;
import org.jspecify.annotations.Nullable;

/**
 * Builds the ladders of a house: the norm functions of each function group (enriched profiles follow
 * their base and are checked against it instead), and the levels of each levelled family in letter
 * order, A being the lightest.
 */
final class Ladders {
    private Ladders() {}

    static List<Ladder> of(HouseView house) {
        Map<String, List<NormFunction>> groups = new LinkedHashMap<>();
        List<Ladder> ladders = new ArrayList<>();
        for (var profile : house.profiles()) {
            if (profile instanceof NormFunction n && n.groupCode() != null) {
                groups.computeIfAbsent(n.groupCode(), k -> new ArrayList<>()).add(n);
            } else if (profile instanceof LevelledFamily f && f.levels().size() > 1) {
                ladders.add(family(f));
            }
        }
        groups.forEach((code, functions) -> {
            if (functions.size() > 1) {
                String name = house.group(code).map(g -> g.code() + " " + g.name()).orElse(code);
                ladders.add(new Ladder("functiegroep " + name, Ranking.lightestFirst(functions).stream()
                        .map(Ladders::rung).toList()));
            }
        });
        return ladders;
    }

    private static Rung rung(NormFunction n) {
        List<Asked> asked = new ArrayList<>();
        List<CompetencyRequirement> competencies = n.content().competencies();
        for (int i = 0; i < competencies.size(); i++) {
            CompetencyRequirement r = competencies.get(i);
            if (r.level() != null) {
                asked.add(new Asked(r.competency(), r.level(), "content.competencies[" + i + "].level"));
            }
        }
        MinimumEducation education = n.content().minimumEducation();
        Measure measure = education == null || education.level() == null ? null
                : new Measure(education.level().nlqf(), education.level().label(), "content.minimumEducation");
        return new Rung(n.code(), n.title() + " (" + n.code() + ")", asked, null, measure);
    }

    private static Ladder family(LevelledFamily f) {
        List<FunctionLevel> levels = f.levels().stream().sorted(Comparator.comparing(FunctionLevel::letter)).toList();
        List<Rung> rungs = new ArrayList<>();
        for (FunctionLevel level : levels) {
            int index = f.levels().indexOf(level);
            Measure scale = level.scale() == null ? null
                    : new Measure(level.scale(), "schaal " + level.scale(), "levels[" + index + "].scale");
            rungs.add(new Rung(f.code(), "niveau " + level.letter() + ", " + level.name() + " (" + level.code() + ")",
                    List.of(), scale, education(f, level.letter())));
        }
        return new Ladder("functiefamilie " + f.title() + " (" + f.code() + ")", rungs);
    }

    /** The level of thinking a family's knowledge table gives one level ("Werk- en denkniveau": MBO 3/4). */
    private static @Nullable Measure education(LevelledFamily f, String letter) {
        List<LevelledRow> rows = f.knowledgeAndSkills();
        for (int r = 0; r < rows.size(); r++) {
            String title = rows.get(r).title().toLowerCase(Locale.ROOT);
            if (title.contains("denkniveau") || title.contains("opleiding")) {
                String text = String.join(" ", rows.get(r).itemsFor(letter));
                OptionalInt nlqf = EducationLevels.lowest(text);
                int cell = rows.get(r).cells().indexOf(rows.get(r).cell(letter).orElse(null));
                if (nlqf.isPresent()) {
                    return new Measure(nlqf.getAsInt(), text, "knowledgeAndSkills[" + r + "].cells[" + cell + "]");
                }
            }
        }
        return null;
    }
}
