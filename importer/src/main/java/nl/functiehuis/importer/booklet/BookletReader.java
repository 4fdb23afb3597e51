package nl.functiehuis.importer.booklet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.house.FunctionSeries;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.importer.DocumentKind;
import nl.functiehuis.importer.DraftProfile;
import nl.functiehuis.importer.ImportDraft;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.blocks.SourceDocument;
import nl.functiehuis.importer.booklet.QualificationLinker.Linked;
import nl.functiehuis.importer.booklet.front.Cover;
import nl.functiehuis.importer.booklet.front.FrontMatter;
import nl.functiehuis.importer.booklet.front.FrontMatterReader;

/**
 * Reads a booklet: the front matter up to the first profile heading (by {@link FrontMatterReader}),
 * then each full profile text, then what the profiles share: the competency dictionary (dimensions and
 * order from the front-matter matrix), the series and groups, the qualification catalogue, the links and
 * checks between front matter and profiles ({@link FrontChecks}), and the checks between copies of
 * repeated blocks. The title comes from the cover.
 */
final class BookletReader {
    private static final String DICTIONARY_PREFIX = "competentiebox";
    private static final String BOOKLET = "CompetentieBOX";

    private BookletReader() {}

    static ParsedDocument read(SourceDocument document, DocumentKind kind, ImportReport report) {
        List<Integer> starts = ProfileSplitter.starts(document);
        FrontMatter front = FrontMatterReader.read(document, starts.isEmpty() ? document.size() : starts.get(0), report);
        List<ProfileFacts> profiles = profiles(document, starts, report);
        Findings findings = new Findings();
        HeadingSpellings.check(profiles, findings);
        String seriesName = profiles.stream().map(ProfileFacts::seriesName).filter(Objects::nonNull).findFirst().orElse(null);
        String id = seriesName == null ? DICTIONARY_PREFIX : DICTIONARY_PREFIX + "-" + slug(seriesName);
        String name = seriesName == null ? BOOKLET : BOOKLET + " " + seriesName;
        CompetencyDictionary dictionary = DictionaryBuilder.build(id, name, profiles, MatrixDimensions.of(front), findings, report);
        List<FunctionSeries> series = SeriesBuilder.build(profiles, findings, report);
        Map<String, List<Linked>> links = new LinkedHashMap<>();
        profiles.forEach(p -> links.put(p.codeText(), QualificationLinker.link(p, report)));
        QualificationCatalog catalog = QualificationCatalog.build(profiles, links, findings);
        FrontLinks frontLinks = FrontChecks.check(front, profiles, findings, report);
        List<DraftProfile> drafts = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            ProfileFacts p = profiles.get(i);
            try {
                drafts.add(new DraftProfile(ProfileBuilder.build(p, dictionary, links.get(p.codeText()), catalog,
                        frontLinks.profiles().get(i).nlqfLevel()), VersionStatus.CONCEPT, null));
            } catch (InvalidValue e) {
                report.skip(p.code().at(), "profiel " + p.codeText() + " overgeslagen: " + e.getMessage());
            }
        }
        BaseComparison.compare(profiles, findings, report);
        profiles.forEach(p -> Numbering.check(p, findings));
        findings.report(report);
        if (profiles.isEmpty()) {
            report.warn(document.get(0).at(), "geen profieltekst ('NAAM FUNCTIE' / 'CODE') gevonden");
        }
        var draft = new ImportDraft(List.of(dictionary), series, catalog.qualifications(), drafts, List.of());
        var facts = new BookletFacts(front, profiles, frontLinks, findings.all());
        return new ParsedDocument(document.source(), kind, title(front.cover(), name), draft, facts, report.entries());
    }

    /** The title the cover gives ("CompetentieBOX Gemeenten – Dienstverlening"), else the dictionary's name. */
    private static String title(Cover cover, String fallback) {
        if (cover.box() != null && cover.title() != null) {
            return cover.box() + " – " + cover.title();
        }
        return cover.title() != null ? cover.title() : fallback;
    }

    private static List<ProfileFacts> profiles(SourceDocument document, List<Integer> starts, ImportReport report) {
        List<ProfileFacts> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int k = 0; k < starts.size(); k++) {
            int to = k + 1 < starts.size() ? starts.get(k + 1) : document.size();
            var blocks = Paragraphs.clean(document.range(starts.get(k), to), report);
            ProfileReader.read(blocks, report).ifPresent(p -> {
                if (codes.add(BookletCode.of(p.codeText()).written())) {
                    out.add(p);
                } else {
                    report.skip(p.code().at(), "profiel " + p.codeText() + " staat twee keer in het boekje; tweede tekst overgeslagen");
                }
            });
        }
        return out;
    }

    private static String slug(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }
}
