package nl.functiehuis.importer.booklet;

import java.util.List;
import java.util.Objects;
import nl.functiehuis.house.FunctionGroup;
import nl.functiehuis.house.FunctionSeries;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.booklet.StatedLevelCheck.ProfileLevel;
import nl.functiehuis.importer.booklet.front.GroupText;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Adds to the front-matter part of the projection what needs the profiles: the matrix rows read over their
 * profiles and the check against them, the profile levels of the text-stated levels, and the series and
 * group descriptions as the profile texts write them (domain {@link FunctionSeries}).
 */
final class FrontLinksProjection {
    private FrontLinksProjection() {}

    static void wire(ObjectNode root, ParsedDocument parsed, BookletFacts facts) {
        FrontLinks links = facts.links();
        ObjectNode matrix = (ObjectNode) root.get("competencyMatrix");
        ArrayNode rows = (ArrayNode) matrix.get("rows");
        for (int i = 0; i < rows.size(); i++) {
            ObjectNode levels = ((ObjectNode) rows.get(i)).putObject("levels");
            links.matrixRows().get(i).levels().forEach(levels::put);
        }
        ObjectNode check = matrix.putObject("checkAgainstProfiles");
        check.put("mismatchCount", links.matrixMismatches().size());
        ArrayNode mismatches = check.putArray("mismatches");
        links.matrixMismatches().forEach(m -> mismatches.addObject().put("function", m.function())
                .put("competency", m.competency()).put("matrixLevel", m.matrixLevel()).put("profileLevel", m.profileLevel()));
        ArrayNode stated = (ArrayNode) root.get("textStatedLevels");
        for (int i = 0; i < stated.size(); i++) {
            StatedLevelCheck s = links.statedLevels().get(i);
            ObjectNode entry = (ObjectNode) stated.get(i);
            ObjectNode levels = entry.putObject("profileLevels");
            for (ProfileLevel l : s.profileLevels()) {
                levels.put(l.function(), l.level());
            }
            entry.put("agreesWithProfiles", s.agreesWithProfiles());
        }
        descriptions(root, parsed.draft().series(), facts);
    }

    private static void descriptions(ObjectNode root, List<FunctionSeries> series, BookletFacts facts) {
        String seriesCode = facts.front().series().codePrefix();
        series.stream().filter(s -> s.code().equals(seriesCode)).findFirst()
                .ifPresent(s -> ((ObjectNode) root.get("functiereeks")).put("profileDescriptionStartsWith", s.description()));
        List<FunctionGroup> groups = series.stream().flatMap(s -> s.groups().stream()).toList();
        ArrayNode out = (ArrayNode) root.get("functiegroepen");
        List<GroupText> texts = facts.front().series().groups();
        for (int i = 0; i < out.size(); i++) {
            String code = texts.get(i).codePrefix();
            ObjectNode group = (ObjectNode) out.get(i);
            groups.stream().filter(g -> Objects.equals(g.code(), code)).findFirst()
                    .ifPresent(g -> group.put("profileDescriptionStartsWith", g.description()));
        }
    }
}
