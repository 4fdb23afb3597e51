package nl.functiehuis.importer.hiring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.SourceDocument;
import nl.functiehuis.importer.hiring.HiringRequestFacts.Heading;
import nl.functiehuis.importer.hiring.HiringRequestFacts.ItemFacts;
import nl.functiehuis.importer.text.Inconsistency;
import nl.functiehuis.vacancy.Requirement;
import nl.functiehuis.vacancy.Task;
import nl.functiehuis.vacancy.Vacancy;
import nl.functiehuis.vacancy.VacancyStatus;
import nl.functiehuis.vacancy.Wish;

/** Reads a hiring request section by section into a vacancy draft and the request's own facts. */
final class HiringRequestReader {
    private static final Pattern TITLE = Pattern.compile("^(.+?)\\s+[–—-]\\s+(.+)$");
    private static final Pattern CLUSTER = Pattern.compile("(?i)^cluster\\s+(.+)$");
    private static final String FUTURE = "(toekomst)";

    private HiringRequestReader() {}

    record Read(Vacancy vacancy, HiringRequestFacts facts) {}

    static Read read(SourceDocument document, ImportReport report) {
        HiringOutline outline = HiringOutline.of(document);
        List<Heading> headings = new ArrayList<>();
        for (HiringOutline.Heading h : outline.headings()) {
            headings.add(new Heading(h.section(), h.block().text().strip(), h.block().at()));
            if (h.distance() > 0) {
                report.warn(h.block().at(), "kop '" + h.block().text().strip() + "' gelezen als '" + h.section().heading()
                        + "' (afwijkende spelling)");
            }
        }
        List<OfferEntry> offer = OfferBlock.read(offerBlocks(document, outline), report);
        offer.stream().filter(e -> e.field() != null && e.distance() > 0).forEach(e -> report.warn(e.labelAt(), "label '" + e.label()
                + "' gelezen als '" + e.field().label() + ":' (afwijkende spelling)"));
        offer.stream().filter(e -> e.field() == null).forEach(e -> report.info(e.labelAt(), "onbekend label '" + e.label()
                + "' bewaard met waarde '" + e.value() + "'"));

        ListItems taskItems = ListItems.of(outline.body(HiringSection.TASKS));
        List<Task> tasks = taskItems.items().stream().map(b -> Phrases.asWritten(b.text()))
                .map(t -> new Task(t, t.toLowerCase(Locale.ROOT).contains(FUTURE))).toList();
        List<Requirement> requirements = new ArrayList<>();
        List<ItemFacts> requirementFacts = new ArrayList<>();
        for (Block item : ListItems.of(outline.body(HiringSection.REQUIREMENTS)).items()) {
            artefacts(item, report);
            var read = RequirementReading.read(item.text());
            requirements.add(read.requirement());
            String system = read.requirement().kind() == Requirement.Kind.SYSTEM ? read.requirement().subject() : null;
            requirementFacts.add(new ItemFacts(item.at(), read.keyPhrase(), read.education(), system, null));
        }
        List<Wish> wishes = new ArrayList<>();
        List<ItemFacts> wishFacts = new ArrayList<>();
        for (Block item : ListItems.of(outline.body(HiringSection.WISHES)).items()) {
            artefacts(item, report);
            String text = Phrases.asWritten(item.text());
            var system = Phrases.system(text);
            wishes.add(new Wish(text, Phrases.object(text), null, null));
            wishFacts.add(new ItemFacts(item.at(), Phrases.object(text), null, system.map(Phrases.SystemName::name).orElse(null),
                    system.map(Phrases.SystemName::expansion).filter(e -> !e.isEmpty()).orElse(null)));
        }
        var competencies = ListItems.competencies(outline.body(HiringSection.COMPETENCIES));

        List<Block> departmentBlocks = outline.body(HiringSection.DEPARTMENT);
        var department = DepartmentReading.read(departmentBlocks, document.blocks());
        List<Inconsistency> inconsistencies = new ArrayList<>();
        department.variants().ifPresent(v -> {
            report.warn(v.readings().get(0).at(), "afdelingsnaam met verschillende hoofdletters: " + v.quoted());
            inconsistencies.add(v);
        });
        List<String> organisationTexts = new ArrayList<>(texts(outline.body(HiringSection.ORGANISATION)));
        organisationTexts.addAll(texts(document.blocks()));

        Block first = document.get(0);
        String titleLine = OfferBlock.text(first);
        Matcher split = TITLE.matcher(titleLine);
        String title = split.matches() ? split.group(1).strip() : titleLine;
        Matcher cluster = CLUSTER.matcher(split.matches() ? split.group(2).strip() : "");
        String clusterCode = cluster.matches() ? cluster.group(1).strip() : null;

        List<String> mentionTexts = new ArrayList<>(texts(taskItems.items()));
        requirements.forEach(r -> mentionTexts.add(r.text()));
        wishes.forEach(w -> mentionTexts.add(w.text()));
        Set<String> systems = new LinkedHashSet<>();
        requirementFacts.stream().map(ItemFacts::system).filter(s -> s != null).forEach(systems::add);
        wishFacts.stream().map(ItemFacts::system).filter(s -> s != null).forEach(systems::add);

        var facts = new HiringRequestFacts(titleLine, first.at(), title, clusterCode,
                clusterCode == null ? null : Mentions.clusterName(clusterCode, texts(document.range(1, document.size()))),
                headings, offer, OfferTerms.city(offer), OfferTerms.currencySymbol(offer), OfferTerms.tariffUnitStated(offer),
                requirementFacts, wishFacts, department.department(), Mentions.roles(mentionTexts), List.copyOf(systems),
                inconsistencies);
        var vacancy = new Vacancy(title, Mentions.organisation(organisationTexts),
                department.department() == null ? null : department.department().name(), null, null, VacancyStatus.CONCEPT,
                OfferTerms.read(offer, report), taskItems.intro(), tasks, requirements, wishes, competencies,
                joined(departmentBlocks), joined(outline.body(HiringSection.ORGANISATION)));
        return new Read(vacancy, facts);
    }

    private static List<Block> offerBlocks(SourceDocument document, HiringOutline outline) {
        if (outline.heading(HiringSection.OFFER).isPresent()) {
            return outline.body(HiringSection.OFFER);
        }
        return document.find(1, b -> OfferBlock.isLabel(OfferBlock.text(b))).map(outline::until).orElse(List.of());
    }

    private static void artefacts(Block item, ImportReport report) {
        if (!Phrases.asWritten(item.text()).equals(item.text().strip())) {
            report.info(item.at(), "tekstverwerker-restant (bladwijzer) uit de tekst verwijderd");
        }
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(Block::text).toList();
    }

    private static String joined(List<Block> blocks) {
        return String.join("\n", texts(blocks)).strip();
    }
}
