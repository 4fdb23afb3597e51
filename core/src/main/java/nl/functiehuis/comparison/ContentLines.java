package nl.functiehuis.comparison;

import java.util.List;
import nl.functiehuis.profile.CriticalSituation;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.LevelledRow;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.OrganisationProfile;
import nl.functiehuis.profile.ResultArea;
import nl.functiehuis.profile.Topic;
import org.jspecify.annotations.Nullable;

/**
 * The "Differentiërende factoren" section (a family's factors and latitude per level; a norm function's
 * characteristics and critical situations; an organisation profile's result areas) and the "Kennis en
 * vaardigheden" section (topics of a norm function, a family's knowledge rows per level).
 */
final class ContentLines {
    private ContentLines() {}

    static ComparedSection factors(List<Subject> subjects) {
        var table = new LineTable(subjects.size());
        for (int i = 0; i < subjects.size(); i++) {
            Subject s = subjects.get(i);
            FunctionProfile p = s.profile();
            NormContent content = GeneralLines.content(p);
            if (p instanceof LevelledFamily f) {
                perLevel(table, null, f.factors(), s, i);
                perLevel(table, "Speelruimte", f.latitude(), s, i);
            } else if (content != null) {
                table.put(null, "Overwegende functiekenmerken", i, new ComparedValue(content.characteristics(), null));
                table.put(null, "Kritische werksituaties", i, new ComparedValue(
                        content.criticalSituations().stream().map(CriticalSituation::title).toList(), null));
            } else if (p instanceof OrganisationProfile o) {
                table.put(null, "Resultaatgebieden", i, new ComparedValue(o.resultAreas().stream()
                        .map(ContentLines::resultArea).toList(), null));
            }
        }
        return new ComparedSection("factoren", "Differentiërende factoren", table.groups());
    }

    static ComparedSection knowledge(List<Subject> subjects) {
        var table = new LineTable(subjects.size());
        table.heading("Kennis");
        table.heading("Vaardigheden");
        for (int i = 0; i < subjects.size(); i++) {
            Subject s = subjects.get(i);
            NormContent content = GeneralLines.content(s.profile());
            if (s.profile() instanceof LevelledFamily f) {
                perLevel(table, null, f.knowledgeAndSkills().stream().filter(r -> !GeneralLines.isEducationRow(r)).toList(), s, i);
            } else if (content != null) {
                topics(table, "Kennis", content.knowledge(), i);
                topics(table, "Vaardigheden", content.skills(), i);
            } else if (s.profile() instanceof OrganisationProfile o) {
                table.put(null, "Vakinhoudelijke competenties", i, new ComparedValue(o.professionalCompetencies(), null));
            }
        }
        return new ComparedSection("kennis", "Kennis en vaardigheden", table.groups());
    }

    private static void perLevel(LineTable table, @Nullable String heading, List<LevelledRow> rows, Subject s, int column) {
        for (LevelledRow r : rows) {
            table.put(heading, r.title(), column, new ComparedValue(r.itemsFor(s.level().letter()), null));
        }
    }

    private static void topics(LineTable table, String heading, List<Topic> topics, int column) {
        for (Topic t : topics) {
            table.put(heading, t.name(), column, ComparedValue.of(t.description() == null ? "✓" : t.description()));
        }
    }

    private static String resultArea(ResultArea a) {
        return a.notApplicable() ? a.name() + " (n.v.t.)" : a.name();
    }
}
