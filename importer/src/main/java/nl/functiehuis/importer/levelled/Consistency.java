package nl.functiehuis.importer.levelled;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.blocks.Spelling;
import org.jspecify.annotations.Nullable;

/**
 * Runs every check for places where the document contradicts itself and reports each as a WARNING
 * at its first reading: text against chart, headings against later mentions, mixed separators in the
 * code line, competency names spelled two ways, and words written in a near spelling elsewhere.
 */
final class Consistency {
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}+");

    private Consistency() {}

    static List<Inconsistency> check(Layout layout, GeneralInfo info, Organisation organisation, @Nullable String title,
            List<CompetencyTable> competencies, ImportReport report) {
        List<Passage> passages = Passage.of(layout.document());
        List<Inconsistency> found = new ArrayList<>();
        found.addAll(ChartCheck.check(organisation,
                info.row(Headings.Label.POSITION.name()).map(InfoRow::at).orElse(null), title, report));
        found.addAll(HeadingMentions.check(layout.sections().stream().filter(s -> s.heading() != null).toList(), passages));
        if (info.codeLine() != null) {
            separators(info.codeLine()).ifPresent(found::add);
        }
        found.addAll(competencyNames(competencies));
        Set<String> quoted = new HashSet<>();
        found.forEach(i -> i.readings().forEach(r -> WORD.matcher(r.text().toLowerCase(Locale.ROOT)).results()
                .forEach(m -> quoted.add(m.group()))));
        found.addAll(WordVariants.check(passages, quoted));
        found.forEach(i -> report.warn(i.readings().getFirst().at(), i.message()));
        return found;
    }

    private static java.util.Optional<Inconsistency> separators(CodeLine line) {
        List<String> distinct = line.distinctSeparators();
        if (distinct.size() < 2) {
            return java.util.Optional.empty();
        }
        List<Inconsistency.Reading> readings = new ArrayList<>();
        for (String separator : distinct) {
            line.codes().stream().filter(c -> !c.joint().isEmpty() && separatorOf(line, c).equals(separator)).findFirst()
                    .ifPresent(c -> readings.add(new Inconsistency.Reading(c.joint(), line.at(), "codes")));
        }
        return java.util.Optional.of(new Inconsistency(Inconsistency.Kind.MIXED_SEPARATORS,
                "de coderegel scheidt de codes met verschillende tekens (" + String.join(" ", distinct) + ")", readings));
    }

    private static String separatorOf(CodeLine line, CodeLine.LevelCode code) {
        return line.separators().get(line.codes().indexOf(code));
    }

    private static List<Inconsistency> competencyNames(List<CompetencyTable> tables) {
        List<CompetencyEntry> entries = tables.stream().flatMap(t -> t.entries().stream()).toList();
        List<Inconsistency> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CompetencyEntry a : entries) {
            for (CompetencyEntry b : entries) {
                String pair = a.competency() + "|" + b.competency();
                if (!a.competency().equalsIgnoreCase(b.competency()) && Spelling.same(a.competency(), b.competency())
                        && seen.add(pair) && seen.add(b.competency() + "|" + a.competency())) {
                    found.add(new Inconsistency(Inconsistency.Kind.NAME_SPELLING, "competentie op twee manieren gespeld",
                            List.of(new Inconsistency.Reading(a.competency(), a.at(), a.domain().asWritten()),
                                    new Inconsistency.Reading(b.competency(), b.at(), b.domain().asWritten()))));
                }
            }
        }
        return found;
    }
}
