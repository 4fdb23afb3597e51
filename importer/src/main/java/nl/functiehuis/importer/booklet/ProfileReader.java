package nl.functiehuis.importer.booklet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Spelling;
import nl.functiehuis.importer.booklet.ProfileParts.CompetencyText;
import nl.functiehuis.importer.booklet.ProfileParts.ExtraList;
import nl.functiehuis.importer.booklet.ProfileParts.HeadingUse;
import nl.functiehuis.importer.booklet.ProfileParts.QualificationRow;
import nl.functiehuis.importer.booklet.ProfileParts.Situation;
import org.jspecify.annotations.Nullable;

/**
 * Reads one full profile text (from its "NAAM FUNCTIE"/"CODE" heading to the next) into {@link
 * ProfileFacts}. Sections may be missing or come without their heading; what is not recognised is
 * reported as skipped, and every heading recognised despite its spelling is reported.
 */
final class ProfileReader {
    private static final String IDEAL = "Idealiter";

    private final ImportReport report;
    private @Nullable Written name;
    private @Nullable Written subtitle;
    private @Nullable Written code;
    private final List<HeadingUse> headings = new ArrayList<>();
    private final List<QualificationRow> table = new ArrayList<>();
    private @Nullable String seriesName;
    private final List<Written> seriesText = new ArrayList<>();
    private @Nullable String groupName;
    private final List<Written> groupText = new ArrayList<>();
    private final List<Written> characteristics = new ArrayList<>();
    private final List<Situation> situations = new ArrayList<>();
    private final RoleSections roles = new RoleSections();
    private final List<CompetencyText> competencies = new ArrayList<>();
    private final List<Written> knowledge = new ArrayList<>();
    private final List<Written> skills = new ArrayList<>();
    private final List<ExtraList> extras = new ArrayList<>();
    private final List<Written> education = new ArrayList<>();
    private final TaskBlocks tasks = new TaskBlocks();
    private final List<Block> unread = new ArrayList<>();

    private ProfileReader(ImportReport report) {
        this.report = report;
    }

    /** The profile, or empty (reported) when its text has no code. */
    static Optional<ProfileFacts> read(List<Block> blocks, ImportReport report) {
        var reader = new ProfileReader(report);
        for (Segment segment : Segmenter.split(blocks)) {
            reader.take(segment);
        }
        return reader.finish(blocks.isEmpty() ? null : blocks.get(0));
    }

    private void take(Segment s) {
        switch (s.role()) {
            case COMPETENCY -> competencies.add(SectionText.competency(s.head(), s.body()));
            case QUALIFICATION -> {
                roles.start(new Written(s.head().text(), s.head().at()));
                unread.addAll(s.body());
            }
            case LOOSE -> {
                unread.add(s.head());
                unread.addAll(s.body());
            }
            case LABEL -> label(s);
        }
    }

    private void label(Segment s) {
        BookletLabel.Match m = s.match();
        Written head = new Written(s.head().isRow() ? s.head().cell(0).text() : s.head().text(), s.head().at());
        headings.add(new HeadingUse(m.label(), head, m.distance()));
        switch (m.label()) {
            case NAME -> header(s, name == null ? new Written(s.rest(), head.at()) : null);
            case CODE -> {
                code = code == null ? new Written(s.rest(), head.at()) : code;
                header(s, null);
            }
            case QUALIFICATIONS -> s.body().forEach(b -> SectionText.row(b).ifPresentOrElse(table::add, () -> unread.add(b)));
            case SERIES -> {
                seriesName = seriesName == null ? s.rest() : seriesName;
                s.body().forEach(b -> seriesText.add(Written.of(b)));
            }
            case GROUP -> {
                groupName = groupName == null ? s.rest() : groupName;
                s.body().forEach(b -> groupText.add(Written.of(b)));
            }
            case CHARACTERISTICS -> s.body().forEach(b -> characteristics.add(Written.of(b)));
            case CRITICAL -> situations.addAll(SectionText.situations(s.body(), unread));
            case ROLE -> roles.role(s.body().stream().map(Written::of).toList());
            case COMPLEXITY -> roles.complexity(s.body().stream().map(Written::of).toList());
            case KNOWLEDGE -> s.body().forEach(b -> knowledge.add(Written.of(b)));
            case SKILLS -> s.body().forEach(b -> skills.add(Written.of(b)));
            case EXTRA_KNOWLEDGE -> extras.addAll(SectionText.extras(s.body(), table));
            case EDUCATION -> education(s.body());
            case CORE_TASK_BLOCK -> tasks.start(s.rest(), s.body(), unread);
            case CORE_TASK -> tasks.task(s.rest(), s.head().at(), s.body(), unread);
            default -> unread.addAll(s.body());
        }
    }

    private void header(Segment s, @Nullable Written heading) {
        if (heading != null) {
            name = heading;
        }
        for (Block b : s.body()) {
            String t = b.text().strip();
            if (subtitle == null && !b.isRow() && t.startsWith("(") && t.endsWith(")")) {
                subtitle = Written.of(b);
            } else {
                unread.add(b);
            }
        }
    }

    private void education(List<Block> body) {
        for (Block b : body) {
            String first = b.text().strip().split("\\s+")[0];
            if ((education.isEmpty() && !b.isRow()) || Spelling.same(first, IDEAL) || b.text().strip().startsWith("(")) {
                education.add(Written.of(b));
            } else {
                unread.add(b);
            }
        }
    }

    private Optional<ProfileFacts> finish(@Nullable Block first) {
        String place = code == null ? (name == null ? "?" : name.text()) : code.text();
        for (HeadingUse h : headings) {
            if (!h.exact()) {
                report.warn(h.asWritten().at(), "profiel " + place + ": kop '" + h.asWritten().text()
                        + "' gelezen als '" + h.label().words() + "' (afwijkende spelling)");
            }
        }
        for (Block b : unread) {
            report.skip(b.at(), "profiel " + place + ": tekst niet herkend en niet gebruikt: '" + clip(b.text()) + "'");
        }
        if (code == null || code.text().isBlank() || first == null) {
            if (first != null) {
                report.skip(first.at(), "profieltekst zonder CODE-regel overgeslagen");
            }
            return Optional.empty();
        }
        Written heading = name == null ? code : name;
        return Optional.of(new ProfileFacts(heading, subtitle, code, headings, table, seriesName, seriesText, groupName,
                groupText, characteristics, situations, roles.sections(), competencies, knowledge, skills, extras,
                education, tasks.blocks()));
    }

    private static String clip(String text) {
        String t = text.strip();
        return t.length() <= 60 ? t : t.substring(0, 60) + "…";
    }
}
