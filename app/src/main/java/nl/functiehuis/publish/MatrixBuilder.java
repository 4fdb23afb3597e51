package nl.functiehuis.publish;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.competency.Dimension;
import nl.functiehuis.profile.DomainCompetency;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionLevel;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.GenericProfile;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.OrganisationProfile;
import nl.functiehuis.publish.CompetencyMatrix.Band;
import nl.functiehuis.publish.CompetencyMatrix.Cell;
import nl.functiehuis.publish.CompetencyMatrix.Column;
import nl.functiehuis.publish.CompetencyMatrix.Row;

/**
 * Builds the competency matrices of a set of profiles from their requirements: one per dictionary (columns are
 * the profiles), one per levelled family (columns are its levels) and one for organisation profiles without a
 * dictionary. An enriched profile gets no column of its own when it asks exactly what its base function asks.
 */
final class MatrixBuilder {
    static final String ASKED = "●";
    private static final String LETTERS = "Gedragsniveau D (lichtst) tot A (zwaarst); de niveaus zijn niet cumulatief.";
    private static final String REPEATED = " Een verrijkt profiel dat dezelfde competenties vraagt als zijn normfunctie"
            + " heeft geen eigen kolom.";

    private MatrixBuilder() {}

    static List<CompetencyMatrix> of(List<FunctionProfile> profiles, Map<String, CompetencyDictionary> dictionaries) {
        Map<String, FunctionProfile> byCode = new LinkedHashMap<>();
        profiles.forEach(p -> byCode.put(p.code().value(), p));
        Map<String, List<FunctionProfile>> byDictionary = new LinkedHashMap<>();
        Set<String> repeated = new HashSet<>();
        List<CompetencyMatrix> families = new ArrayList<>();
        for (FunctionProfile p : profiles) {
            String key = p.dictionary() == null ? "" : p.dictionary();
            switch (p) {
                case LevelledFamily f -> families.add(family(f));
                case GenericProfile g -> { }
                default -> {
                    if (repeatsItsBase(p, byCode)) {
                        repeated.add(key);
                    } else if (!p.requirements().isEmpty()) {
                        byDictionary.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
                    }
                }
            }
        }
        List<CompetencyMatrix> matrices = new ArrayList<>();
        byDictionary.forEach((id, columns) -> matrices.add(asked(columns, dictionaries.get(id), repeated.contains(id))));
        matrices.addAll(families);
        return matrices.stream().filter(m -> !m.isEmpty()).toList();
    }

    /** A family's competencies: a band per domain, a column per level, core competencies asked at every level. */
    static CompetencyMatrix family(LevelledFamily f) {
        List<Column> columns = f.levels().stream().map(l -> new Column(l.code().value(), level(l))).toList();
        List<Band> bands = new ArrayList<>();
        for (Dimension domain : f.domains()) {
            Map<String, Row> rows = new LinkedHashMap<>();
            for (DomainCompetency c : f.competencies()) {
                if (c.domain().equals(domain.code())) {
                    Row row = rows.computeIfAbsent(c.competency(), n -> emptyRow(n, columns.size()));
                    rows.put(c.competency(), mark(f, row, c));
                }
            }
            if (!rows.isEmpty()) {
                bands.add(new Band(domain.name(), List.copyOf(rows.values())));
            }
        }
        return new CompetencyMatrix("Competenties per niveau: " + f.title(),
                "Kerncompetenties gelden voor elk niveau; " + ASKED + " = gevraagd.", columns, bands);
    }

    private static CompetencyMatrix asked(List<FunctionProfile> profiles, CompetencyDictionary dictionary, boolean repeated) {
        List<Column> columns = profiles.stream().map(MatrixBuilder::column).toList();
        List<Map<String, CompetencyRequirement>> asked = profiles.stream().map(p -> byName(p, dictionary)).toList();
        List<Band> bands = DictionaryRows.bands(profiles, dictionary, asked);
        boolean letters = asked.stream().flatMap(m -> m.values().stream()).anyMatch(r -> r.level() != null);
        String title = dictionary != null ? "Competenties en gedragsniveaus · " + dictionary.name()
                : profiles.stream().allMatch(OrganisationProfile.class::isInstance) ? "Gedragscompetenties" : "Gevraagde competenties";
        String legend = (letters ? LETTERS : ASKED + " = gevraagd.") + (repeated ? REPEATED : "");
        return new CompetencyMatrix(title, legend, columns, bands);
    }

    private static Map<String, CompetencyRequirement> byName(FunctionProfile p, CompetencyDictionary dictionary) {
        Map<String, CompetencyRequirement> named = new LinkedHashMap<>();
        for (CompetencyRequirement r : p.requirements()) {
            String name = dictionary == null ? r.competency()
                    : dictionary.find(r.competency()).map(c -> c.name()).orElse(r.competency());
            named.putIfAbsent(key(name), r);
        }
        return named;
    }

    private static boolean repeatsItsBase(FunctionProfile p, Map<String, FunctionProfile> byCode) {
        return p instanceof EnrichedProfile e && byCode.get(e.baseCode().value()) instanceof FunctionProfile base
                && base.requirements().equals(e.requirements());
    }

    private static Column column(FunctionProfile p) {
        String label = p instanceof EnrichedProfile e && e.subtitle() != null ? p.title() + " (" + e.subtitle() + ")" : p.title();
        return new Column(p.code().value(), label);
    }

    private static String level(FunctionLevel l) {
        return "Niveau " + l.letter() + (l.qualifier() == null ? "" : " (" + l.qualifier() + ")")
                + (l.scale() == null ? "" : ", schaal " + l.scale());
    }

    private static Row emptyRow(String name, int size) {
        return new Row(name, null, new ArrayList<>(java.util.Collections.nCopies(size, Cell.EMPTY)));
    }

    private static Row mark(LevelledFamily f, Row row, DomainCompetency c) {
        List<Cell> cells = new ArrayList<>(row.cells());
        for (int i = 0; i < f.levels().size(); i++) {
            if (c.level() == null || c.level().equals(f.levels().get(i).letter())) {
                cells.set(i, new Cell(ASKED, c.level() == null ? "kerncompetentie" : "gevraagd"));
            }
        }
        return new Row(row.competency(), c.level() == null || row.note() != null ? "kern" : null, List.copyOf(cells));
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
