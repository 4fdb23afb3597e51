package nl.functiehuis.importer.booklet.front;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.functiehuis.importer.blocks.Spelling;
import nl.functiehuis.importer.booklet.front.Inconsistency.Kind;

/**
 * Checks the matrix layout: dimension labels that do not stand over the start of their alphabetical run,
 * level letters whose tab columns are competencies the group text does not name (or that differ between
 * rows of one group), and header spellings the text writes otherwise (kept as aliases).
 */
final class MatrixChecks {
    private MatrixChecks() {}

    static void labels(MatrixReader.Read read, Findings findings) {
        Matrix matrix = read.matrix();
        if (read.labelsByRuns().isEmpty() || read.labelsByRuns().equals(read.labelsByTabs())
                || matrix.dimensionRowAt() == null) {
            return;
        }
        List<String> over = new ArrayList<>();
        for (int l = 0; l < read.labelCells().size(); l++) {
            int cell = read.labelCells().get(l);
            String column = matrix.columns().stream().filter(c -> c.cellIndex() == cell).map(MatrixColumn::name)
                    .findFirst().orElse("geen kolom");
            over.add("'" + matrix.dimensionLabels().get(l) + "' boven '" + column + "'");
        }
        findings.add(Kind.LAYOUT, "De dimensielabels van de matrix staan niet boven het begin van hun alfabetische "
                + "reeks competenties (" + String.join(", ", over) + "); de dimensies zijn afgeleid uit de "
                + DimensionRuns.runs(matrix.columns().stream().map(MatrixColumn::name).toList()).size()
                + " alfabetische reeksen van de kop.", List.of(new Quote(String.join(" ", matrix.dimensionLabels()),
                matrix.dimensionRowAt())));
    }

    static void letters(Matrix matrix, List<GroupText> groups, Findings findings) {
        List<Quote> odd = new ArrayList<>();
        Map<String, List<Integer>> seen = new LinkedHashMap<>();
        for (MatrixRow row : matrix.rows()) {
            Optional<GroupText> group = groupOf(row, groups);
            Map<String, String> literal = matrix.literalLevels(row);
            boolean outside = literal.size() < row.letters().size() || group.isPresent() && literal.keySet().stream()
                    .anyMatch(name -> group.get().statedCompetencies().stream().noneMatch(s -> Spelling.same(s, name)));
            List<Integer> cells = row.letters().stream().map(MatrixLetter::cellIndex).toList();
            String key = (row.groupLabel() == null ? "" : row.groupLabel()) + "/" + cells.size();
            boolean shifted = seen.containsKey(key) && !seen.get(key).equals(cells);
            seen.putIfAbsent(key, cells);
            if (outside || shifted) {
                odd.add(new Quote(row.function(), row.at()));
            }
        }
        if (odd.isEmpty()) {
            return;
        }
        MatrixRow first = matrix.rows().stream().filter(r -> r.function().equals(odd.getFirst().text())).findFirst()
                .orElseThrow();
        findings.add(Kind.LAYOUT, "De niveauletters van " + odd.size() + " matrixrijen staan niet onder de kolommen "
                + "van hun competenties; letterlijk gelezen zou '" + first.function() + "' "
                + String.join(", ", matrix.literalLevels(first).keySet()) + " scoren. De letters van een rij worden "
                + "daarom in leesvolgorde op de competenties van het profiel gelegd, in de volgorde van de kop.", odd);
    }

    static Map<String, String> aliases(Matrix matrix, List<GroupText> groups, Findings findings) {
        Map<String, String> aliases = new LinkedHashMap<>();
        for (GroupText g : groups) {
            List<String> named = new ArrayList<>(g.statedCompetencies());
            named.addAll(g.consideredButNotSelected());
            for (String n : named) {
                for (MatrixColumn c : matrix.columns()) {
                    if (!Spelling.fold(c.name()).equals(Spelling.fold(n)) && Spelling.same(c.name(), n)
                            && !aliases.containsKey(c.name())) {
                        aliases.put(c.name(), n);
                        findings.add(Kind.SPELLING, "De kop van de matrix schrijft '" + c.name() + "' ("
                                + matrix.headerAt() + "), de tekst van " + g.section() + " '" + n + "' (" + g.at()
                                + "); gelezen als dezelfde competentie.",
                                List.of(new Quote(c.name(), matrix.headerAt()), new Quote(n, g.at())));
                    }
                }
            }
        }
        return aliases;
    }

    static Optional<GroupText> groupOf(MatrixRow row, List<GroupText> groups) {
        for (GroupText g : groups) {
            boolean byLabel = row.groupLabel() != null && Spelling.same(row.groupLabel(), g.name());
            if (byLabel || Spelling.fold(row.function()).contains(Spelling.fold(g.name()))) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
