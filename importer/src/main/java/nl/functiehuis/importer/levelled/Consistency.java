package nl.functiehuis.importer.levelled;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.functiehuis.importer.ImportReport;
import org.jspecify.annotations.Nullable;

/**
 * Runs every check for places where the document contradicts itself and reports each as a WARNING
 * at its first reading: text against chart, headings against later mentions, mixed separators in the
 * code line, competency names spelled two ways, and words written in a near spelling elsewhere (pairs
 * an earlier check already quoted are not reported twice).
 */
final class Consistency {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private Consistency() {}

    static List<Inconsistency> check(Layout layout, GeneralInfo info, Organisation organisation,
            @Nullable String title, List<CompetencyTable> competencies, ImportReport report) {
        List<Passage> passages = Passage.of(layout.document());
        List<Inconsistency> found = new ArrayList<>();
        found.addAll(ChartCheck.check(organisation, info.row(InfoLabel.POSITION).map(InfoRow::at).orElse(null),
                title, report));
        List<Section> headed = layout.sections().stream().filter(s -> s.heading() != null).toList();
        found.addAll(HeadingMentions.check(headed, passages));
        if (info.codeLine() != null) {
            NameChecks.separators(info.codeLine()).ifPresent(found::add);
        }
        found.addAll(NameChecks.competencies(competencies));
        Set<String> quoted = new HashSet<>();
        found.forEach(i -> i.readings().forEach(r -> WORD.matcher(r.text().toLowerCase(Locale.ROOT)).results()
                .forEach(m -> quoted.add(m.group()))));
        found.addAll(WordVariants.check(passages, quoted));
        found.forEach(i -> report.warn(i.readings().getFirst().at(), i.message()));
        return found;
    }
}
