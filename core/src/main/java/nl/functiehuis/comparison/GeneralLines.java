package nl.functiehuis.comparison;

import java.util.List;
import nl.functiehuis.profile.EducationLevel;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.LevelledRow;
import nl.functiehuis.profile.MinimumEducation;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.OrganisationProfile;
import nl.functiehuis.profile.QualificationLink;
import org.jspecify.annotations.Nullable;

/** The "Algemeen" section: kind, function level, group, scale, education, NLQF level and qualifications. */
final class GeneralLines {
    private GeneralLines() {}

    static ComparedSection of(List<Subject> subjects) {
        var table = new LineTable(subjects.size());
        for (int i = 0; i < subjects.size(); i++) {
            Subject s = subjects.get(i);
            FunctionProfile p = s.profile();
            table.put(null, "Soort", i, ComparedValue.of(p.kind().label()));
            if (s.level() != null) {
                String qualifier = s.level().qualifier();
                table.put(null, "Functieniveau", i, ComparedValue.of(s.level().letter()
                        + (qualifier == null ? "" : " (" + qualifier + ")")));
            }
            table.put(null, "Functiegroep", i, ComparedValue.of(p.groupCode()));
            table.put(null, "Schaal", i, s.scale() == null ? ComparedValue.NONE : ComparedValue.of("schaal " + s.scale()));
            table.put(null, "Minimale opleiding", i, education(content(p)));
            table.put(null, "Werk- en denkniveau", i, thinkingLevel(s));
            table.put(null, "NLQF-niveau", i, nlqf(p));
            if (p instanceof EnrichedProfile e) {
                table.put(null, "Kwalificaties", i, new ComparedValue(e.qualifications().stream()
                        .map(GeneralLines::qualification).toList(), null));
            }
        }
        return new ComparedSection("algemeen", "Algemeen", table.groups());
    }

    /** The row of a family's knowledge table that states the education level, if it has one. */
    static boolean isEducationRow(LevelledRow row) {
        String key = Names.key(row.title());
        return key.contains("denkniveau") || key.contains("opleiding");
    }

    static @Nullable NormContent content(FunctionProfile p) {
        return switch (p) {
            case NormFunction n -> n.content();
            case EnrichedProfile e -> e.content();
            default -> null;
        };
    }

    private static ComparedValue education(@Nullable NormContent content) {
        MinimumEducation m = content == null ? null : content.minimumEducation();
        if (m == null) {
            return ComparedValue.NONE;
        }
        return new ComparedValue(List.of(m.text()), m.level() == null ? null : m.level().label());
    }

    private static ComparedValue thinkingLevel(Subject s) {
        return switch (s.profile()) {
            case OrganisationProfile o -> ComparedValue.of(o.thinkingLevel());
            case LevelledFamily f -> new ComparedValue(f.knowledgeAndSkills().stream().filter(GeneralLines::isEducationRow)
                    .flatMap(r -> r.itemsFor(s.level().letter()).stream()).toList(), null);
            default -> ComparedValue.NONE;
        };
    }

    private static ComparedValue nlqf(FunctionProfile p) {
        if (p instanceof NormFunction n && n.nlqfLevel() != null) {
            return ComparedValue.of("NLQF " + n.nlqfLevel());
        }
        NormContent content = content(p);
        MinimumEducation m = content == null ? null : content.minimumEducation();
        EducationLevel level = m == null ? null : m.level();
        if (level == null) {
            return ComparedValue.NONE;
        }
        return new ComparedValue(List.of("NLQF " + level.nlqf()), "afgeleid van de minimale opleiding " + level.label());
    }

    private static String qualification(QualificationLink q) {
        return q.mboLevel() == null ? q.qualification() : q.qualification() + " (MBO " + q.mboLevel() + ")";
    }
}
