package nl.functiehuis.importer.booklet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.functiehuis.competency.BehaviourLevel;
import nl.functiehuis.competency.Competency;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.competency.Dimension;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.competency.LevelScale;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.blocks.Spelling;
import nl.functiehuis.importer.booklet.Copies.Copy;
import nl.functiehuis.importer.booklet.Inconsistency.Kind;
import nl.functiehuis.importer.booklet.ProfileParts.CompetencyText;

/**
 * Builds the competency dictionary from the competencies the profiles write out: every level that
 * occurs, with its name and indicators as first written. Later copies of a definition or level are
 * compared with the first and their differences reported; names are matched through {@link Spelling}.
 */
final class DictionaryBuilder {
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Findings findings;
    private final ImportReport report;

    private record Level(String name, Written line, Copy indicators) {}

    private record Entry(Written name, String profile, Copy definition, Map<LevelLetter, Level> levels) {}

    private DictionaryBuilder(Findings findings, ImportReport report) {
        this.findings = findings;
        this.report = report;
    }

    static CompetencyDictionary build(String id, String name, List<ProfileFacts> profiles, Findings findings, ImportReport report) {
        var builder = new DictionaryBuilder(findings, report);
        for (ProfileFacts p : profiles) {
            p.competencies().forEach(c -> builder.add(c, p.codeText()));
        }
        return builder.dictionary(id, name);
    }

    private void add(CompetencyText c, String profile) {
        Entry entry = find(c, profile);
        Copy definition = new Copy(c.definition() == null ? List.of() : List.of(new Written(c.definition(), c.name().at())), profile);
        Copies.compare("definitie van " + entry.name().text(), Kind.COPY_VARIANT, entry.definition(), definition, findings);
        if (c.letter() == null) {
            report.warn(c.name().at(), "profiel " + profile + ": competentie '" + c.name().text() + "' zonder niveauregel");
            return;
        }
        String levelName = c.levelName() == null ? c.letter().name() : c.levelName();
        Level known = entry.levels().get(c.letter());
        if (known == null) {
            entry.levels().put(c.letter(), new Level(levelName, c.levelLine(), new Copy(c.indicators(), profile)));
            return;
        }
        String what = entry.name().text() + " niveau " + c.letter();
        if (!known.name().equals(levelName)) {
            findings.note(what, Kind.COPY_VARIANT, what + ": naam van het niveau verschilt",
                    List.of(Findings.reading(known.line(), known.indicators().profile()), Findings.reading(c.levelLine(), profile)));
        }
        Copies.compare(what + ", gedragsindicatoren", Kind.COPY_VARIANT, known.indicators(), new Copy(c.indicators(), profile), findings);
    }

    private Entry find(CompetencyText c, String profile) {
        String written = c.name().text();
        Optional<Spelling.Match> match = Spelling.closest(written, entries.keySet());
        if (match.isPresent()) {
            Entry entry = entries.get(match.get().candidate());
            if (!entry.name().text().equals(written)) {
                findings.note("competentie|" + entry.name().text(), Kind.NAME_SPELLING, "competentienaam anders geschreven",
                        List.of(Findings.reading(entry.name(), entry.profile()), Findings.reading(c.name(), profile)));
            }
            return entry;
        }
        Copy definition = new Copy(c.definition() == null ? List.of() : List.of(new Written(c.definition(), c.name().at())), profile);
        Entry entry = new Entry(c.name(), profile, definition, new EnumMap<>(LevelLetter.class));
        entries.put(written, entry);
        return entry;
    }

    private CompetencyDictionary dictionary(String id, String name) {
        List<Competency> competencies = new ArrayList<>();
        boolean unknown = false;
        for (Entry e : entries.values()) {
            String written = e.name().text();
            var known = KnownDimensions.of(written);
            Dimension dimension = known.map(KnownDimensions.Known::dimension).orElse(KnownDimensions.UNKNOWN);
            if (known.isEmpty()) {
                unknown = true;
                report.warn(e.name().at(), "competentie '" + written + "' staat niet in de bekende indeling naar dimensie;"
                        + " ingedeeld als '" + KnownDimensions.UNKNOWN.name() + "'");
            } else if (known.get().distance() > 0) {
                report.warn(e.name().at(), "competentie '" + written + "' ingedeeld als '" + known.get().name()
                        + "' (afwijkende spelling)");
            }
            List<BehaviourLevel> levels = e.levels().entrySet().stream().map(l -> new BehaviourLevel(l.getKey(),
                    l.getValue().name(), l.getValue().indicators().items().stream().map(Written::text).toList())).toList();
            List<Written> definition = e.definition().items();
            competencies.add(new Competency(written, dimension.code(), definition.isEmpty() ? null : definition.get(0).text(), levels));
        }
        competencies.sort(Comparator.comparingInt((Competency c) -> KnownDimensions.order(c.dimension()))
                .thenComparing(c -> c.name().toLowerCase(Locale.ROOT)));
        List<Dimension> dimensions = new ArrayList<>(KnownDimensions.ALL);
        if (unknown) {
            dimensions.add(KnownDimensions.UNKNOWN);
        }
        return new CompetencyDictionary(id, name, LevelScale.LETTERS_A_TO_D, dimensions, competencies);
    }
}
