package nl.functiehuis.importer.booklet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import nl.functiehuis.importer.booklet.front.MatrixColumn;

/**
 * Builds the competency dictionary from the competencies the profiles write out: every level that
 * occurs, with its name and indicators as first written. Later copies of a definition or level are
 * compared with the first and their differences reported; names are matched through {@link Spelling}.
 * Dimensions and order come from the front-matter matrix ({@link MatrixDimensions}): header order. A
 * header column no profile works out becomes a competency that is only named (no definition, no levels),
 * so that the dictionary holds the booklet's whole list of competencies.
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

    static CompetencyDictionary build(String id, String name, List<ProfileFacts> profiles, MatrixDimensions dimensions,
            Findings findings, ImportReport report) {
        var builder = new DictionaryBuilder(findings, report);
        for (ProfileFacts p : profiles) {
            p.competencies().forEach(c -> builder.add(c, p.codeText()));
        }
        return builder.dictionary(id, name, dimensions);
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

    private CompetencyDictionary dictionary(String id, String name, MatrixDimensions dimensions) {
        List<Placed> placed = new ArrayList<>();
        if (!dimensions.hasMatrix() && !entries.isEmpty()) {
            report.warn(entries.values().iterator().next().name().at(), "geen competentiematrix in het voorwerk gevonden;"
                    + " de dimensie van elke competentie is '" + MatrixDimensions.UNKNOWN.name() + "'");
        }
        for (Entry e : entries.values()) {
            placed.add(place(e, dimensions));
        }
        placed.addAll(headerOnly(placed, dimensions));
        placed.sort(Comparator.comparingInt(Placed::position));
        List<Dimension> all = new ArrayList<>(dimensions.dimensions());
        if (placed.stream().anyMatch(p -> p.competency().dimension().equals(MatrixDimensions.UNKNOWN.code()))) {
            all.add(MatrixDimensions.UNKNOWN);
        }
        return new CompetencyDictionary(id, name, LevelScale.LETTERS_A_TO_D, all, placed.stream().map(Placed::competency).toList());
    }

    private record Placed(Competency competency, int position) {}

    /** The header columns that no worked-out competency took, as competencies without definition or levels. */
    private List<Placed> headerOnly(List<Placed> placed, MatrixDimensions dimensions) {
        Set<Integer> taken = new HashSet<>();
        Set<String> names = new HashSet<>();
        placed.forEach(p -> {
            taken.add(p.position());
            names.add(Spelling.fold(p.competency().name()));
        });
        List<Placed> named = new ArrayList<>();
        for (MatrixColumn column : dimensions.columns()) {
            String name = dimensions.nameOf(column);
            if (!taken.contains(column.position()) && names.add(Spelling.fold(name))) {
                named.add(new Placed(new Competency(name, dimensions.dimensionOf(column).code(), null, List.of()), column.position()));
            }
        }
        if (!named.isEmpty()) {
            report.info(dimensions.headerAt(), named.size() + " competenties staan alleen in de kop van de competentiematrix;"
                    + " opgenomen zonder definitie en niveaus (niet uitgewerkt in het boekje)");
        }
        return named;
    }

    /** The competency with its dimension from the matrix column that names it, and that column's position. */
    private Placed place(Entry e, MatrixDimensions dimensions) {
        String written = e.name().text();
        Optional<MatrixColumn> column = dimensions.column(written);
        Dimension dimension = column.map(dimensions::dimensionOf).orElse(MatrixDimensions.UNKNOWN);
        if (dimensions.hasMatrix() && column.isEmpty()) {
            report.warn(e.name().at(), "competentie '" + written + "' staat niet in de kop van de competentiematrix;"
                    + " dimensie '" + dimension.name() + "'");
        } else if (column.isPresent() && !Spelling.fold(column.get().name()).equals(Spelling.fold(written))) {
            String message = "competentie '" + written + "' gevonden als matrixkolom '" + column.get().name() + "' (afwijkende spelling)";
            if (dimensions.aliased(column.get(), written)) {
                report.info(e.name().at(), message);
            } else {
                report.warn(e.name().at(), message);
            }
        }
        if (column.isPresent() && dimension == MatrixDimensions.UNKNOWN) {
            report.warn(e.name().at(), "matrixkolom '" + column.get().name() + "' heeft geen dimensie; dimensie '" + dimension.name() + "'");
        }
        List<BehaviourLevel> levels = e.levels().entrySet().stream().map(l -> new BehaviourLevel(l.getKey(),
                l.getValue().name(), l.getValue().indicators().items().stream().map(Written::text).toList())).toList();
        List<Written> definition = e.definition().items();
        var competency = new Competency(written, dimension.code(), definition.isEmpty() ? null : definition.get(0).text(), levels);
        return new Placed(competency, column.map(MatrixColumn::position).orElse(Integer.MAX_VALUE));
    }
}
