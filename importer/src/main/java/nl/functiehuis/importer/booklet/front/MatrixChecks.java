package nl.functiehuis.importer.booklet.front;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.importer.blocks.Spelling;
import nl.functiehuis.importer.booklet.front.Inconsistency.Kind;

/**
 * Checks the matrix layout: dimension labels that do not stand over the start of their alphabetical run,
 * rows most of whose letters stand under competencies the group text does not name, and header spellings
 * the text writes otherwise (kept as aliases).
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
        for (MatrixRow row : matrix.rows()) {
            Optional<GroupText> group = groupOf(row, groups).filter(g -> !g.statedCompetencies().isEmpty());
            Map<String, String> literal = matrix.literalLevels(row);
            long outside = row.letters().size() - literal.size() + literal.keySet().stream()
                    .filter(name -> group.isPresent() && group.get().statedCompetencies().stream()
                            .noneMatch(s -> Spelling.same(s, name)))
                    .count();
            if (outside * 2 > row.letters().size()) {
                odd.add(new Quote(row.function(), row.at()));
            }
        }
        if (odd.isEmpty()) {
            return;
        }
        MatrixRow first = matrix.rows().stream().filter(r -> r.function().equals(odd.getFirst().text())).findFirst()
                .orElseThrow();
        findings.add(Kind.LAYOUT, "De niveauletters van " + odd.size() + " matrixrijen staan niet onder de kolommen "
                + "van de competenties die de tekst noemt; letterlijk gelezen zou '" + first.function() + "' "
                + String.join(", ", matrix.literalLevels(first).keySet()) + " scoren. De letters van een rij worden "
                + "daarom in leesvolgorde op de competenties van het profiel gelegd, in de volgorde van de kop.", odd);
    }

    static Map<String, String> aliases(Matrix matrix, List<GroupText> groups, List<Block> text, Findings findings) {
        Map<String, String> aliases = new LinkedHashMap<>();
        for (GroupText g : groups) {
            List<String> named = new ArrayList<>(g.statedCompetencies());
            named.addAll(g.consideredButNotSelected());
            for (String n : named) {
                for (MatrixColumn c : matrix.columns()) {
                    if (!Spelling.fold(c.name()).equals(Spelling.fold(n)) && Spelling.same(c.name(), n)
                            && !aliases.containsKey(c.name())) {
                        aliases.put(c.name(), n);
                        Quote written = new Quote(n, firstUse(text, n).orElse(g.at()));
                        findings.add(Kind.SPELLING, "De kop van de matrix schrijft '" + c.name() + "' ("
                                + matrix.headerAt() + "), de tekst " + Findings.quoted(written)
                                + "; gelezen als dezelfde competentie.",
                                List.of(new Quote(c.name(), matrix.headerAt()), written));
                    }
                }
            }
        }
        return aliases;
    }

    private static Optional<Location> firstUse(List<Block> text, String word) {
        Pattern p = Pattern.compile("(?<!\\p{L})" + Pattern.quote(word) + "(?!\\p{L})");
        return text.stream().filter(b -> !b.isRow() && p.matcher(Texts.plain(b.text())).find()).map(Block::at)
                .findFirst();
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
