package nl.functiehuis.importer.levelled;

import java.util.List;
import java.util.Locale;
import nl.functiehuis.importer.DraftProfile;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.profile.FunctionLevel;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.ResultArea;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Projects a parsed levelled profile into the shape of ../shared/expected: values from the family
 * where the domain holds them, else from {@link LevelledFacts}; counts and normalised values computed.
 */
public final class LevelledProjection {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LevelledFamily family;
    private final DraftProfile draft;
    private final LevelledFacts facts;
    private final List<String> letters;

    private LevelledProjection(ParsedDocument document) {
        this.draft = document.draft().profiles().getFirst();
        this.family = (LevelledFamily) draft.profile();
        this.facts = (LevelledFacts) document.facts();
        this.letters = family.levels().stream().map(FunctionLevel::letter).toList();
    }

    public static ObjectNode of(ParsedDocument document) {
        return new LevelledProjection(document).project(document);
    }

    private ObjectNode project(ParsedDocument document) {
        ObjectNode root = JSON.createObjectNode();
        String kind = document.kind().label().toLowerCase(Locale.ROOT);
        root.put("documentKind", family.organisation() + " " + kind + " " + String.join("/", letters));
        root.set("generalInfo", generalInfo());
        ArrayNode levels = root.putArray("levels");
        for (FunctionLevel level : family.levels()) {
            LevelRow row = facts.levelTable().row(level.letter()).orElseThrow();
            levels.addObject().put("functieniveau", level.letter()).put("functienaam", level.name())
                    .put("baseName", row.baseName()).put("qualifier", level.qualifier())
                    .put("schaalniveau", level.scale()).set("code", number(level.code().value()));
        }
        ObjectNode levelTable = root.putObject("levelTable");
        strings(levelTable.putArray("columns"), facts.levelTable().columns());
        strings(levelTable.putArray("rowOrderInDocument"), facts.levelTable().rowOrder());
        root.set("organisation", organisation());
        root.set("resultaatgebieden", resultAreas());
        TableProjection tables = new TableProjection(facts, letters);
        root.set("differentierendeFactoren", tables.factors());
        root.set("speelruimte", tables.latitude());
        root.set("kennisEnVaardigheid", tables.knowledgeAndSkills());
        CompetencyProjection competencies = new CompetencyProjection(facts, letters);
        root.set("kerncompetenties", competencies.core());
        root.set("functiespecifiekeCompetenties", competencies.specific());
        root.set("rules", competencies.rules());
        ArrayNode footnotes = root.putArray("footnotes");
        facts.footnotes().forEach(f -> footnotes.addObject().put("number", f.number()).put("startsWith", f.text()));
        ArrayNode inconsistencies = root.putArray("documentInconsistencies");
        for (Inconsistency i : facts.inconsistencies()) {
            ObjectNode entry = inconsistencies.addObject().put("kind", i.kind().name())
                    .put("description", i.description());
            ArrayNode readings = entry.putArray("readings");
            i.readings().forEach(r -> readings.addObject().put("text", r.text()).put("line", r.at().number())
                    .put("where", r.where()));
        }
        return root;
    }

    private ObjectNode generalInfo() {
        GeneralInfo info = facts.general();
        ObjectNode node = JSON.createObjectNode().put("heading", info.heading())
                .put("functienaam", info.functionName());
        node.putObject("doelVanDeFunctie").put("startsWith", family.purpose())
                .put("wordCount", words(family.purpose()));
        node.put("datum", info.date()).put("datumIso", String.valueOf(draft.effectiveDate()))
                .put("status", info.status()).put("codeLine", info.codeLine().asWritten());
        ObjectNode codes = node.putObject("codes");
        family.levels().forEach(l -> codes.set(l.letter(), number(l.code().value())));
        return node;
    }

    private ObjectNode organisation() {
        Organisation o = facts.organisation();
        ObjectNode node = JSON.createObjectNode().put("division", o.division())
                .put("divisionAbbreviation", o.divisionAbbreviation()).put("worksFor", o.worksFor())
                .put("reportsToHierarchically", o.reportsTo());
        strings(node.putArray("chainTopDown"), o.chart().chainTopDown());
        node.put("chainSource", "mermaid '" + o.chart().header() + "' block on line " + o.chart().at().number());
        return node;
    }

    private ObjectNode resultAreas() {
        ResultAreaTable table = facts.resultAreas();
        ObjectNode node = JSON.createObjectNode().put("heading", table.heading());
        strings(node.putArray("columns"), table.columns());
        node.put("count", table.rows().size()).put("bulletsInferred", table.anyInferred());
        ArrayNode items = node.putArray("items");
        for (ResultAreaTable.Row row : table.rows()) {
            ResultArea area = row.area();
            ObjectNode item = items.addObject().put("number", row.number()).put("title", row.title())
                    .put("omschrijvingBulletCount", area.activities().size());
            texts(item.putArray("omschrijvingBullets"), area.activities());
            item.put("resultaatBulletCount", area.results().size());
            texts(item.putArray("resultaatBullets"), area.results());
        }
        return node;
    }

    static void texts(ArrayNode array, List<String> texts) {
        texts.forEach(t -> array.addObject().put("startsWith", t).put("wordCount", words(t)));
    }

    static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    static int words(String text) {
        return text == null || text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    static JsonNode number(String value) {
        return value.matches("\\d+") ? JSON.getNodeFactory().numberNode(Integer.parseInt(value))
                : JSON.getNodeFactory().stringNode(value);
    }
}
