package nl.functiehuis.web;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.house.Problem;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionLevel;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.GenericProfile;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.MinimumEducation;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.OrganisationProfile;
import org.jspecify.annotations.Nullable;

/**
 * Applies the field tab of the edit form to the profile it was opened on: the fields the form shows
 * replace the profile's, everything else is kept. Problems are collected under the form field's name.
 */
final class FieldsReader {
    private final EditForm form;
    private final List<Problem> problems;
    private final List<Integer> competencyRows = new ArrayList<>();
    private Problem constructorProblem = new Problem("", "onbekende fout");

    FieldsReader(EditForm form, List<Problem> problems) {
        this.form = form;
        this.problems = problems;
    }

    /** The edited profile, or null when its constructor refused it (see {@link #constructorProblem()}). */
    @Nullable FunctionProfile apply(FunctionProfile base) {
        try {
            return switch (base) {
                case NormFunction n -> new NormFunction(n.code(), form.title(), n.groupCode(), n.dictionary(),
                        n.nlqfLevel(), content(n.content()));
                case EnrichedProfile e -> new EnrichedProfile(e.code(), form.title(), e.subtitle(), e.baseCode(),
                        e.groupCode(), e.dictionary(), content(e.content()), e.qualifications());
                case OrganisationProfile o -> new OrganisationProfile(o.code(), form.title(), o.organisation(),
                        o.department(), o.groupCode(), o.dictionary(), form.purpose(), scale(form.scale(), "scale"),
                        o.functionType(), form.thinkingLevel(), o.resultAreas(), Lines.of(form.frameworks()),
                        Lines.of(form.professionalCompetencies()), o.behaviourCompetencies(), o.context(),
                        o.focusAreas());
                case LevelledFamily f -> new LevelledFamily(f.code(), form.title(), f.organisation(), f.groupCode(),
                        f.dictionary(), form.purpose(), f.position(), f.context(), levels(f.levels()), f.resultAreas(),
                        f.factors(), f.latitude(), f.knowledgeAndSkills(), f.domains(), f.competencies());
                case GenericProfile g -> new GenericProfile(g.code(), form.title(), g.groupCode(), g.source(), g.sections());
            };
        } catch (InvalidValue e) {
            constructorProblem = new Problem("profile." + e.field(), e.problem());
            return null;
        }
    }

    /** For each competency the edited profile asks, the form row it came from. */
    List<Integer> competencyRows() {
        return List.copyOf(competencyRows);
    }

    Problem constructorProblem() {
        return constructorProblem;
    }

    private NormContent content(NormContent base) {
        return new NormContent(Lines.of(form.characteristics()), base.criticalSituations(), competencies(),
                Lines.topics(form.knowledge(), "knowledge", problems), Lines.topics(form.skills(), "skills", problems),
                education(base.minimumEducation()));
    }

    private List<CompetencyRequirement> competencies() {
        List<CompetencyRequirement> asked = new ArrayList<>();
        List<EditForm.CompetencyRow> rows = form.competencies();
        for (int i = 0; i < rows.size(); i++) {
            EditForm.CompetencyRow row = rows.get(i);
            String field = "competencies[" + i + "]";
            if (row.isEmpty()) {
                continue;
            }
            if (row.competency().isBlank()) {
                problems.add(new Problem(field, "kies een competentie bij dit niveau, of maak het niveau leeg"));
                continue;
            }
            try {
                LevelLetter letter = row.level().isBlank() ? null : LevelLetter.parse(row.level(), field);
                asked.add(new CompetencyRequirement(row.competency(), letter));
                competencyRows.add(i);
            } catch (InvalidValue e) {
                problems.add(new Problem(field, e.problem()));
            }
        }
        return asked;
    }

    /** The level of the stored education is kept only while its text is unchanged: it was read from that text. */
    private @Nullable MinimumEducation education(@Nullable MinimumEducation base) {
        String text = form.education().strip();
        if (text.isEmpty()) {
            if (!form.educationIdeal().isBlank()) {
                problems.add(new Problem("education", "vul het minimale opleidingsniveau in, of maak ook het ideaal leeg"));
            }
            return null;
        }
        boolean same = base != null && base.text().equals(text);
        return new MinimumEducation(text, same ? base.level() : null, form.educationIdeal());
    }

    private List<FunctionLevel> levels(List<FunctionLevel> base) {
        List<FunctionLevel> levels = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            FunctionLevel level = base.get(i);
            EditForm.LevelRow row = form.levels().stream()
                    .filter(r -> r.letter().equals(level.letter())).findFirst().orElse(null);
            if (row == null) {
                levels.add(level);
                continue;
            }
            try {
                levels.add(new FunctionLevel(level.letter(), level.code(), row.name(), level.qualifier(),
                        scale(row.scale(), "levels[" + i + "].scale")));
            } catch (InvalidValue e) {
                problems.add(new Problem("levels[" + i + "]." + (e.field().equals("scale") ? "scale" : "name"), e.problem()));
                levels.add(level);
            }
        }
        return levels;
    }

    private @Nullable Integer scale(String text, String field) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, "is geen getal: '" + text.strip() + "'"));
            return null;
        }
    }
}
