package nl.functiehuis.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.functiehuis.SharedSeeds;
import nl.functiehuis.json.HouseJson;
import tools.jackson.databind.JsonNode;

/**
 * The §1.3 matrix of the booklet as recorded in ../shared/expected (its intended reading), written in
 * our CSV layout: a dimension row, a header row (Code, Functie, competencies) and a row per function
 * of the group, named by its code and by its name in the booklet's profile overview. The columns are
 * all the header's columns in header order (header spelling mapped through its aliases), each under its
 * recorded dimension; a cell holds the row's intended level, or is empty.
 */
record ExpectedMatrix(JsonNode json) {

    static ExpectedMatrix booklet() {
        try {
            return new ExpectedMatrix(new HouseJson().mapper().readTree(Files.readString(SharedSeeds.expected(SharedSeeds.BOOKLET))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode matrix() {
        return json.get("competencyMatrix");
    }

    /** Header columns (alias applied) → dimension, in header order. */
    Map<String, String> headerColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        matrix().get("columns").forEach(c -> columns.put(alias(c.get("name").asString()), c.get("dimension").asString()));
        return columns;
    }

    /** The competencies some row of the matrix gives a level, alias applied. */
    Set<String> filled() {
        Set<String> names = new LinkedHashSet<>();
        matrix().get("rows").forEach(r -> r.get("levels").propertyNames().forEach(n -> names.add(alias(n))));
        return names;
    }

    String csv(String groupLabel) {
        Map<String, String> names = new HashMap<>();
        json.at("/profileOverview/entries").forEach(e -> names.put(e.get("code").asString(), e.get("name").asString()));
        List<String> columns = List.copyOf(headerColumns().keySet());
        var dimensions = new ArrayList<>(List.of("", "Dimensie"));
        columns.forEach(c -> dimensions.add(headerColumns().get(c)));
        var header = new ArrayList<>(List.of("Code", "Functie"));
        header.addAll(columns);
        var csv = new StringBuilder(line(dimensions)).append(line(header));
        for (JsonNode row : matrix().get("rows")) {
            if (!row.get("functiegroepLabel").asString().equals(groupLabel)) {
                continue;
            }
            Map<String, String> levels = new HashMap<>();
            row.get("levels").properties().forEach(e -> levels.put(alias(e.getKey()), e.getValue().asString()));
            String code = row.get("profileCode").asString();
            var cells = new ArrayList<>(List.of(code, names.get(code)));
            columns.forEach(c -> cells.add(levels.getOrDefault(c, "")));
            csv.append(line(cells));
        }
        return csv.toString();
    }

    /** A CSV line: these fields hold no comma, quote or line break, so none is quoted. */
    private static String line(List<String> fields) {
        fields.forEach(f -> {
            if (f.matches("(?s).*[,\"\r\n].*")) {
                throw new AssertionError("veld vraagt om aanhalingstekens: " + f);
            }
        });
        return String.join(",", fields) + "\r\n";
    }

    private String alias(String name) {
        JsonNode alias = matrix().get("competencyNameAliases").get(name);
        return alias == null ? name : alias.asString();
    }
}
