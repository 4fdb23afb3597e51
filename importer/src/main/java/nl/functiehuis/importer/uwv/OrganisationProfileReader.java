package nl.functiehuis.importer.uwv;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.SourceDocument;
import nl.functiehuis.importer.text.Inconsistency;
import nl.functiehuis.importer.text.Inconsistency.Reading;
import nl.functiehuis.importer.text.NameVariants;
import nl.functiehuis.importer.uwv.OrganisationProfileFacts.Heading;
import nl.functiehuis.importer.uwv.OrganisationProfileFacts.Summary;
import nl.functiehuis.importer.uwv.OrganisationProfileFacts.Table;
import nl.functiehuis.profile.BehaviourCompetency;
import nl.functiehuis.profile.ResultArea;
import org.jspecify.annotations.Nullable;

/** Reads an organisation profile part by part into its facts and the pieces of the domain profile. */
final class OrganisationProfileReader {
    private OrganisationProfileReader() {}

    /** The facts, with the result areas, behaviour competencies and context text for the domain profile. */
    record Read(OrganisationProfileFacts facts, List<ResultArea> areas, List<BehaviourCompetency> competencies,
            String contextText) {}

    static Read read(SourceDocument document, ImportReport report) {
        CoverSheet cover = CoverSheet.find(document);
        Outline outline = Outline.of(document, cover.start(), cover.end());
        List<Heading> headings = headings(outline, report);

        var resultHeader = outline.header(ProfilePart.RESULTS);
        var results = resultHeader.map(h -> ResultTable.read(document.range(h.index() + 1, document.size()), report))
                .orElse(new ResultTable.Read(List.of(), List.of()));
        var behaviourHeader = outline.header(ProfilePart.BEHAVIOUR);
        List<BehaviourRow> behaviourRows = behaviourHeader
                .map(h -> BehaviourTable.read(document.range(h.index() + 1, document.size()), report)).orElse(List.of());
        var joined = BehaviourCompetencies.join(behaviourRows, cover.entries(), report);
        resultHeader.ifPresent(h -> columns(h, report));
        behaviourHeader.ifPresent(h -> columns(h, report));

        ItemList frameworks = firstList(outline.body(ProfilePart.FRAMEWORKS));
        ItemList professional = firstList(outline.body(ProfilePart.PROFESSIONAL));
        var context = outline.mark(ProfilePart.CONTEXT)
                .map(m -> ContextReader.read(m.heading() == null ? document.get(m.index()) : m.heading(),
                        outline.body(ProfilePart.CONTEXT)))
                .orElse(null);

        List<Reading> elsewhere = new ArrayList<>();
        headings.stream().filter(h -> h.part() != ProfilePart.SUMMARY).forEach(h -> elsewhere.add(new Reading(h.text(), h.at())));
        for (var header : List.of(resultHeader, behaviourHeader)) {
            header.ifPresent(h -> h.columns().forEach(c -> elsewhere.add(new Reading(c, h.row().at()))));
        }
        List<Inconsistency> inconsistencies = new ArrayList<>(LabelSpelling.find(cover.entries(), elsewhere, report));
        inconsistencies.addAll(joined.inconsistencies());
        List<Inconsistency> names = NameVariants.wordVariants(document.blocks());
        names.forEach(n -> report.warn(n.readings().get(0).at(), "naam op twee manieren geschreven: " + n.quoted()));
        inconsistencies.addAll(names);

        var summary = new Summary(
                outline.mark(ProfilePart.SUMMARY).map(m -> m.heading() == null ? null : m.heading().text().strip()).orElse(null),
                outline.mark(ProfilePart.SUMMARY).map(m -> document.get(m.index()).at()).orElse(null),
                cover.entries(),
                joined.lists().getOrDefault(SummaryField.COMPANY_COMPETENCIES, List.of()),
                joined.lists().getOrDefault(SummaryField.FUNCTION_COMPETENCIES, List.of()),
                Education.required(professional), Education.minimum(professional));
        Block title = cover.title();
        var facts = new OrganisationProfileFacts(
                title == null ? document.source() : title.text().strip(),
                title == null ? document.get(0).at() : title.at(),
                Departments.of(cover, names, document),
                summary, headings, !outline.body(ProfilePart.ORGANOGRAM).isEmpty(),
                new Table<>(resultHeader.map(TableHeader::columns).orElse(List.of()),
                        resultHeader.map(h -> h.row().at()).orElse(null), results.rows()),
                frameworks, professional,
                new Table<>(behaviourHeader.map(TableHeader::columns).orElse(List.of()),
                        behaviourHeader.map(h -> h.row().at()).orElse(null), behaviourRows),
                context, inconsistencies);
        String contextText = ContextReader.text(outline.body(ProfilePart.CONTEXT));
        return new Read(facts, results.areas(), joined.competencies(), contextText == null ? "" : contextText);
    }

    private static List<Heading> headings(Outline outline, ImportReport report) {
        List<Heading> headings = new ArrayList<>();
        for (Outline.Mark mark : outline.marks()) {
            if (mark.heading() == null) {
                continue;
            }
            headings.add(new Heading(mark.part(), mark.heading().text().strip(), mark.heading().at()));
            if (mark.distance() > 0) {
                report.warn(mark.heading().at(), "kop '" + mark.heading().text().strip() + "' gelezen als '"
                        + mark.part().heading + "' (afwijkende spelling)");
            }
        }
        return headings;
    }

    private static void columns(TableHeader header, ImportReport report) {
        for (String[] differ : header.tolerated()) {
            report.warn(header.row().at(), "kolom '" + differ[0] + "' gelezen als '" + differ[1] + "' (afwijkende spelling)");
        }
    }

    private static @Nullable ItemList firstList(List<Block> body) {
        List<ItemList> lists = ItemList.read(body);
        if (!lists.isEmpty()) {
            return lists.get(0);
        }
        List<ItemList.Item> items = body.stream().filter(b -> !b.isRow()).map(b -> new ItemList.Item(b.text(), b.at())).toList();
        return items.isEmpty() ? null : new ItemList(null, items, false);
    }
}
