package nl.functiehuis.importer.levelled;

import static nl.functiehuis.importer.levelled.LevelledProjection.strings;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The competency tables and the footnote rule in the expected shape. */
record CompetencyProjection(LevelledFacts facts, List<String> letters) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    ObjectNode core() {
        CompetencyTable table = facts.competencies(TableKind.CORE_COMPETENCIES).orElseThrow();
        ObjectNode node = JSON.createObjectNode().put("heading", table.heading()).put("count", table.entries().size());
        strings(node.putArray("names"), table.entries().stream().map(CompetencyEntry::competency).toList());
        var items = node.putArray("items");
        for (CompetencyEntry e : table.entries()) {
            ObjectNode item = items.addObject().put("domain", e.domain().asWritten())
                    .put("domainNumber", Integer.parseInt(e.domain().code())).put("domainName", e.domain().name())
                    .put("competentie", e.competency());
            strings(item.putArray("levels"), e.levels());
        }
        return node;
    }

    ObjectNode specific() {
        CompetencyTable table = facts.competencies(TableKind.SPECIFIC_COMPETENCIES).orElseThrow();
        ObjectNode node = JSON.createObjectNode().put("heading", table.heading()).put("footnoteMarker", table.marker());
        strings(node.putArray("domains"), table.domains().stream().map(DomainLabel::asWritten).toList());
        ObjectNode perLevel = node.putObject("perLevel");
        ObjectNode counts = node.putObject("countPerLevel");
        ObjectNode names = node.putObject("namesPerLevel");
        for (String l : letters) {
            var entries = perLevel.putArray(l);
            table.at(l).forEach(e -> entries.addObject().put("domain", e.domain().asWritten())
                    .put("domainNumber", Integer.parseInt(e.domain().code())).put("competentie", e.competency()));
            counts.put(l, table.at(l).size());
            strings(names.putArray(l), table.at(l).stream().map(CompetencyEntry::competency).toList());
        }
        strings(node.putArray("emptyDomainsAllLevels"),
                table.emptyDomains().stream().map(DomainLabel::asWritten).toList());
        return node;
    }

    ObjectNode rules() {
        CompetencyRule rule = facts.rule();
        ObjectNode node = JSON.createObjectNode().put("kerncompetentiesCount", rule.coreCount())
                .put("maxFunctiespecifiekeCompetenties", rule.maxSpecific());
        node.putObject("ruleSource").put("footnote", rule.source().number()).put("startsWith", rule.source().text());
        node.put("allLevelsAtMax", rule.allLevelsAtMax());
        return node;
    }
}
