package nl.functiehuis.importer.booklet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.booklet.ProfileParts.ExtraList;
import nl.functiehuis.importer.booklet.ProfileParts.QualificationRow;
import nl.functiehuis.importer.booklet.ProfileParts.RoleSection;
import nl.functiehuis.importer.booklet.ProfileParts.TaskBlock;
import org.jspecify.annotations.Nullable;

/**
 * Ties the sections of an enriched profile to the rows of its qualification table: the role text, the
 * extra knowledge and the core-task block of each qualification. Sections are matched by the name
 * above them ({@link QualificationNames}); those left over are paired in order, and reported.
 */
final class QualificationLinker {
    private QualificationLinker() {}

    /** One qualification of a profile with the sections that belong to it. */
    record Linked(QualificationRow row, @Nullable RoleSection role, @Nullable ExtraList extra, @Nullable TaskBlock tasks) {}

    static List<Linked> link(ProfileFacts p, ImportReport report) {
        List<QualificationRow> rows = p.qualificationTable();
        String where = "profiel " + p.codeText();
        List<RoleSection> roles = link(rows, p.roles(), r -> r.heading() == null ? null : r.heading().text(), where + ", rol en complexiteit", report);
        List<ExtraList> extras = link(rows, p.extraKnowledge(), e -> e.heading().text(), where + ", aanvulling kennis en vaardigheden", report);
        List<TaskBlock> tasks = link(rows, p.taskBlocks(), t -> t.qualification() == null ? null : t.qualification().text(), where + ", kerntaken", report);
        List<Linked> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            out.add(new Linked(rows.get(i), roles.get(i), extras.get(i), tasks.get(i)));
        }
        return out;
    }

    private static <T> List<T> link(List<QualificationRow> rows, List<T> sections, Function<T, String> name, String where,
            ImportReport report) {
        List<T> linked = new ArrayList<>();
        boolean[] used = new boolean[sections.size()];
        for (QualificationRow row : rows) {
            T found = null;
            for (int j = 0; j < sections.size() && found == null; j++) {
                String n = name.apply(sections.get(j));
                if (!used[j] && n != null && QualificationNames.matches(n, row.name().text())) {
                    found = sections.get(j);
                    used[j] = true;
                }
            }
            linked.add(found);
        }
        List<Integer> freeSections = new ArrayList<>();
        for (int j = 0; j < sections.size(); j++) {
            if (!used[j]) {
                freeSections.add(j);
            }
        }
        int free = 0;
        for (int i = 0; i < rows.size() && free < freeSections.size(); i++) {
            if (linked.get(i) == null) {
                T section = sections.get(freeSections.get(free++));
                linked.set(i, section);
                report.info(rows.get(i).name().at(), where + ": '" + name.apply(section) + "' op volgorde gekoppeld aan '"
                        + rows.get(i).name().text() + "'");
            }
        }
        for (int k = free; k < freeSections.size(); k++) {
            String n = name.apply(sections.get(freeSections.get(k)));
            report.warn(rows.isEmpty() ? "profieltekst" : rows.get(0).name().at().toString(),
                    where + ": '" + n + "' hoort bij geen kwalificatie uit de tabel en is niet gekoppeld");
        }
        return linked;
    }
}
