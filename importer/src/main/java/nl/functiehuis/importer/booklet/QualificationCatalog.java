package nl.functiehuis.importer.booklet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.functiehuis.house.CoreTask;
import nl.functiehuis.house.Qualification;
import nl.functiehuis.house.WorkProcess;
import nl.functiehuis.importer.booklet.Copies.Copy;
import nl.functiehuis.importer.booklet.Inconsistency.Kind;
import nl.functiehuis.importer.booklet.ProfileParts.Task;
import nl.functiehuis.importer.booklet.ProfileParts.TaskBlock;
import nl.functiehuis.importer.booklet.QualificationLinker.Linked;
import org.jspecify.annotations.Nullable;

/**
 * One catalogue entry per qualification the booklet names, however often and however spelled: the
 * name and level of its first table row, the core tasks of its first "Kerntaken en werkprocessen"
 * block. Every later copy (names, lists, texts, tasks) is compared with the first and differences reported.
 */
final class QualificationCatalog {
    private final List<Entry> entries = new ArrayList<>();
    private final Findings findings;

    private static final class Entry {
        final Written name;
        final String profile;
        final @Nullable Integer level;
        @Nullable TaskBlock tasks;
        @Nullable String tasksProfile;
        @Nullable Copy extra;
        @Nullable Copy role;
        @Nullable Copy complexity;

        Entry(Written name, String profile, @Nullable Integer level) {
            this.name = name;
            this.profile = profile;
            this.level = level;
        }
    }

    private QualificationCatalog(Findings findings) {
        this.findings = findings;
    }

    static QualificationCatalog build(List<ProfileFacts> profiles, Map<String, List<Linked>> links, Findings findings) {
        var catalog = new QualificationCatalog(findings);
        for (ProfileFacts p : profiles) {
            links.getOrDefault(p.codeText(), List.of()).forEach(l -> catalog.add(l, p.codeText()));
        }
        return catalog;
    }

    private void add(Linked l, String profile) {
        Entry e = entries.stream().filter(x -> QualificationNames.matches(l.row().name().text(), x.name.text())).findFirst()
                .orElse(null);
        if (e == null) {
            e = new Entry(l.row().name(), profile, l.row().mboLevel());
            entries.add(e);
        }
        String what = "kwalificatie " + e.name.text();
        form(e, l.row().name(), profile);
        if (!Objects.equals(e.level, l.row().mboLevel()) && l.row().mboLevel() != null) {
            findings.note("niveau|" + e.name.text(), Kind.COPY_VARIANT, what + ": niveau verschilt tussen de tabellen",
                    List.of(Findings.reading(e.name, e.profile), Findings.reading(l.row().name(), profile)));
        }
        if (l.role() != null) {
            if (l.role().heading() != null) {
                form(e, l.role().heading(), profile);
            }
            e.role = compare(what + ", rol en verantwoordelijkheden", e.role, new Copy(l.role().role(), profile));
            e.complexity = compare(what + ", complexiteit beroepshandelingen", e.complexity, new Copy(l.role().complexity(), profile));
        }
        if (l.extra() != null) {
            form(e, l.extra().heading(), profile);
            e.extra = compare(what + ", aanvulling kennis en vaardigheden", e.extra, new Copy(l.extra().items(), profile));
        }
        if (l.tasks() != null) {
            if (l.tasks().qualification() != null) {
                form(e, l.tasks().qualification(), profile);
            }
            if (e.tasks == null) {
                e.tasks = l.tasks();
                e.tasksProfile = profile;
            } else {
                compare(what + ", kerntaken en werkprocessen", new Copy(lines(e.tasks), e.tasksProfile), new Copy(lines(l.tasks()), profile));
            }
        }
    }

    private void form(Entry e, Written written, String profile) {
        if (!QualificationNames.writtenAlike(written.text(), e.name.text())) {
            findings.note("naam|" + e.name.text(), Kind.NAME_SPELLING, "naam van kwalificatie '" + e.name.text() + "' anders geschreven",
                    List.of(Findings.reading(e.name, e.profile), Findings.reading(written, profile)));
        }
    }

    /** The first copy to keep: {@code later} when there was none, else the first after comparing. */
    private Copy compare(String what, @Nullable Copy first, Copy later) {
        if (first == null) {
            return later;
        }
        Copies.compare(what, Kind.COPY_VARIANT, first, later, findings);
        return first;
    }

    /** A block's core tasks and work processes as lines "number title", in order. */
    static List<Written> lines(TaskBlock block) {
        List<Written> out = new ArrayList<>();
        for (Task t : block.tasks()) {
            out.add(new Written(t.number() + " " + t.title().text(), t.title().at()));
            t.processes().forEach(p -> out.add(new Written(p.number() + " " + p.title().text(), p.title().at())));
        }
        return out;
    }

    /** The catalogue name of the qualification a table row names. */
    String nameOf(String written) {
        return entries.stream().filter(x -> QualificationNames.matches(written, x.name.text())).findFirst()
                .map(x -> x.name.text()).orElse(written);
    }

    List<Qualification> qualifications() {
        return entries.stream().map(e -> new Qualification(e.name.text(), e.level, e.tasks == null ? List.of() : coreTasks(e.tasks))).toList();
    }

    private static List<CoreTask> coreTasks(TaskBlock block) {
        List<CoreTask> out = new ArrayList<>();
        for (int i = 0; i < block.tasks().size(); i++) {
            Task t = block.tasks().get(i);
            String number = t.number().isBlank() ? String.valueOf(i + 1) : t.number();
            String title = t.title().text().isBlank() ? "Kerntaak " + number : t.title().text();
            out.add(new CoreTask(number, title, t.processes().stream().map(p -> new WorkProcess(p.number(), p.title().text())).toList()));
        }
        return out;
    }
}
