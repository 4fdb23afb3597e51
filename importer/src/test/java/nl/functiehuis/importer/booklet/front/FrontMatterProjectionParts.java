package nl.functiehuis.importer.booklet.front;

import static nl.functiehuis.importer.booklet.front.FrontMatterProjection.map;

import java.util.Map;

/** The matrix, model, NLQF and overview parts of {@link FrontMatterProjection}. */
final class FrontMatterProjectionParts {
    private FrontMatterProjectionParts() {}

    static Map<String, Object> model(FrontMatter f) {
        CompetencyModel m = f.competencyModel();
        return map("section", m.section(), "dictionaryCompetencyCountStated", m.statedCompetencyCount(),
                "matrixHeaderCompetencyCount", f.matrix().columnCount(), "dimensionCount", m.dimensionCount(),
                "dimensions", m.dimensions().stream().map(d -> map("name", d.name(), "aspect", d.aspect(),
                        "matrixLabel", d.matrixLabel(), "matrixColumnCount", d.matrixColumnCount())).toList(),
                "levelLetters", m.levelLetters(), "lightestLevel", m.lightestLevel(), "heaviestLevel",
                m.heaviestLevel(), "levelsCumulative", m.levelsCumulative(), "maxCompetenciesPerProfile",
                m.maxCompetenciesPerProfile());
    }

    static Map<String, Object> matrix(FrontMatter f) {
        Matrix m = f.matrix();
        return map("section", f.series().section(), "headerLabel", m.headerLabel(), "columnCount", m.columnCount(),
                "columns", m.columns().stream().map(c -> map("position", c.position(), "name", c.name(), "dimension",
                        c.dimension())).toList(),
                "competencyNameAliases", m.aliases(), "rowGroupLabels", m.rowGroupLabels(), "rowCount",
                m.rows().size(), "rows", m.rows().stream().map(r -> map("functiegroepLabel", r.groupLabel(),
                        "function", r.function(), "profileCode", r.profileCode(), "valuesInReadingOrder",
                        r.valuesInReadingOrder())).toList());
    }

    static Map<String, Object> nlqf(Nlqf n) {
        return map("section", n.section(), "nlqfLevelCount", n.levelCount(), "nlqfHasInstroomniveau",
                n.hasEntryLevel(), "examples", n.examples(), "tableColumns", n.columns(), "tableHeaderRepeats",
                n.headerCount(), "table", n.rows().stream().map(r -> map("functiegroep", r.group(), "title",
                        r.title(), "nlqfLevel", r.levelAsWritten(), "nlqfLevels", r.levels())).toList(),
                "ecaboRemarks", n.remarks().stream().map(r -> map("function", r.function(), "suggestion",
                        r.suggestion())).toList());
    }

    static Map<String, Object> overview(Overview o) {
        return map("section", o.section(), "columns", o.columns(), "count", o.entries().size(), "entries",
                o.entries().stream().map(e -> map("order", e.order(), "name", e.name(), "code", e.code(), "page",
                        e.page())).toList(),
                "verrijktProfielCount", o.enrichedCount(), "baseProfileCount", o.baseCount());
    }
}
