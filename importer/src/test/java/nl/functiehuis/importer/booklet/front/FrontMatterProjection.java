package nl.functiehuis.importer.booklet.front;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Projects a {@link FrontMatter} into the shape of the front-matter keys of ../shared/expected/004_*.json;
 * the booklet's projection ({@code booklet.BookletProjection}) adds the profiles and what ties them together.
 */
public final class FrontMatterProjection {
    private FrontMatterProjection() {}

    public static ObjectNode project(FrontMatter f) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("booklet", booklet(f.cover()));
        root.put("tableOfContents", f.contents().stream()
                .map(c -> map("number", c.number(), "title", c.title(), "page", c.page())).toList());
        root.put("competencyModel", FrontMatterProjectionParts.model(f));
        root.put("functiereeks", series(f.series()));
        root.put("functiegroepen", f.series().groups().stream().map(FrontMatterProjection::group).toList());
        root.put("textStatedLevels", f.statedLevels().stream().map(s -> map("functiegroep", s.group(), "functions",
                s.functions(), "competency", s.competency(), "statedLevel", s.level())).toList());
        root.put("competencyMatrix", FrontMatterProjectionParts.matrix(f));
        root.put("nlqf", FrontMatterProjectionParts.nlqf(f.nlqf()));
        root.put("profileOverview", FrontMatterProjectionParts.overview(f.overview()));
        root.put("documentInconsistencies", f.inconsistencies().stream().map(i -> {
            List<Object> readings = new ArrayList<>();
            readings.add(map("text", i.message()));
            i.quotes().forEach(q -> readings.add(map("text", q.text())));
            return map("id", i.kind().name(), "readings", readings);
        }).toList());
        return JsonMapper.builder().build().valueToTree(root);
    }

    private static Map<String, Object> booklet(Cover c) {
        Map<String, Object> out = map("series", c.series(), "box", c.box(), "title", c.title(), "volumeLabel",
                c.volumeLabel(), "beroepenOnCover", c.professions(), "publisher", c.publisher(), "website", c.website(),
                "license", c.license(), "boxContainsFunctiereeksBooklets", c.seriesBookletCount(), "bookletParts",
                c.partCount());
        Contact k = c.contact();
        out.put("contact", map("postbus", k.postbus(), "postcodeCity", k.postcodeCity(), "phone", k.phone(), "email",
                k.email()));
        return out;
    }

    private static Map<String, Object> series(SeriesText s) {
        return map("name", s.name(), "section", s.section(), "codePrefix", s.codePrefix(), "descriptionStartsWith",
                s.description(), "functiegroepCount", s.groups().size(), "functiegroepen",
                s.groups().stream().map(GroupText::name).toList());
    }

    private static Map<String, Object> group(GroupText g) {
        Map<String, Object> scope = new LinkedHashMap<>();
        g.scope().forEach((c, numerals) -> scope.put(c, numerals.stream().map(Texts::toRoman).toList()));
        return map("name", g.name(), "section", g.section(), "codePrefix", g.codePrefix(), "functionCount",
                g.functions().size(), "functions", g.functions(), "verrijkteProfielen", g.enrichedProfiles(),
                "exampleFunctions", g.exampleFunctions(), "statedCompetencies", g.statedCompetencies(),
                "statedCompetencyScope", scope, "consideredButNotSelected", g.consideredButNotSelected(),
                "abbreviations", g.abbreviations());
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }
}
