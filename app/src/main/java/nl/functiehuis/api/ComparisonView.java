package nl.functiehuis.api;

import java.util.List;
import nl.functiehuis.comparison.ComparedLine;
import nl.functiehuis.comparison.ComparedSection;
import nl.functiehuis.comparison.LineGroup;
import nl.functiehuis.comparison.ProfileComparison;
import nl.functiehuis.comparison.Subject;
import org.jspecify.annotations.Nullable;

/** A comparison in JSON: the subjects, then sections of lines with a value per subject and a differs flag. */
record ComparisonView(List<SubjectView> subjects, long differences, List<SectionView> sections) {

    /** A compared profile, or a function level ({@code level}) of the profile {@code profile}. */
    record SubjectView(String code, String title, String profile, @Nullable String level, @Nullable Integer scale) {}

    record SectionView(String id, String title, long differences, List<GroupView> groups) {}

    record GroupView(@Nullable String label, List<LineView> lines) {}

    record LineView(String label, boolean differs, List<ValueView> values) {}

    /** A subject's value on a line: its items (none when it has nothing there) and a hint such as a level name. */
    record ValueView(List<String> items, @Nullable String hint) {}

    static ComparisonView of(ProfileComparison c) {
        return new ComparisonView(c.subjects().stream().map(ComparisonView::subject).toList(), c.differences(),
                c.sections().stream().map(ComparisonView::section).toList());
    }

    private static SubjectView subject(Subject s) {
        return new SubjectView(s.code().value(), s.title(), s.profile().code().value(), s.levelLetter(), s.scale());
    }

    private static SectionView section(ComparedSection s) {
        return new SectionView(s.id(), s.title(), s.differences(), s.groups().stream().map(ComparisonView::group).toList());
    }

    private static GroupView group(LineGroup g) {
        return new GroupView(g.label(), g.lines().stream().map(ComparisonView::line).toList());
    }

    private static LineView line(ComparedLine l) {
        return new LineView(l.label(), l.differs(), l.values().stream().map(v -> new ValueView(v.items(), v.hint())).toList());
    }
}
