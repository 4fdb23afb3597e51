package nl.functiehuis.importer.booklet;

import java.util.List;
import nl.functiehuis.competency.BehaviourLevel;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.house.FunctionGroup;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.booklet.ProfileParts.HeadingUse;
import nl.functiehuis.importer.booklet.ProfileParts.Task;
import nl.functiehuis.importer.booklet.ProfileParts.TaskBlock;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.NormFunction;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** One profile of a parsed booklet in the shape of ../shared/expected {@code profiles[]}. */
final class BookletProfileProjection {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private BookletProfileProjection() {}

    static ObjectNode profile(int order, ProfileFacts p, FunctionProfile profile, ProfileLink link, ParsedDocument parsed,
            CompetencyDictionary dictionary, List<FunctionProfile> all) {
        NormContent content = BookletProjection.content(profile);
        ObjectNode o = JSON.objectNode();
        o.put("order", order);
        o.put("overviewName", link.overview() == null ? null : link.overview().name());
        o.put("overviewPage", link.overview() == null ? null : link.overview().page());
        o.put("headingName", p.name().text());
        o.put("headingSubtitle", p.subtitle() == null ? null : p.subtitle().text());
        o.put("code", profile.code().value());
        String base = profile instanceof EnrichedProfile e ? e.baseCode().value() : profile.code().value();
        o.put("baseCode", base);
        o.put("isVerrijktProfiel", profile instanceof EnrichedProfile);
        String code = profile.code().value();
        o.put("vpSuffix", code.contains("/") ? code.substring(code.indexOf('/') + 1) : null);
        o.put("baseFunction", profile.title());
        o.put("functiegroep", parsed.draft().series().stream().flatMap(s -> s.groups().stream())
                .filter(g -> g.code().equals(profile.groupCode())).map(FunctionGroup::name).findFirst().orElse(null));
        o.put("nlqfLevel", profile instanceof NormFunction n ? n.nlqfLevel() : link.nlqfLevel());
        o.put("functiereeksHeadingAsWritten", heading(p, BookletLabel.SERIES));
        o.put("functiegroepHeadingAsWritten", heading(p, BookletLabel.GROUP));
        o.put("overwegendeFunctiekenmerkenCount", content.characteristics().size());
        o.put("kritischeWerksituatiesCount", content.criticalSituations().size());
        ArrayNode situations = o.putArray("kritischeWerksituaties");
        content.criticalSituations().forEach(s -> situations.add(s.title()));
        ArrayNode competencies = o.putArray("competencies");
        ObjectNode levels = o.putObject("competencyLevels");
        for (CompetencyRequirement r : content.competencies()) {
            BehaviourLevel level = dictionary.find(r.competency()).flatMap(c -> c.level(r.level())).orElseThrow();
            competencies.addObject().put("name", r.competency()).put("level", r.level().name())
                    .put("levelName", level.name()).put("indicatorCount", level.indicators().size());
            levels.put(r.competency(), r.level().name());
        }
        ArrayNode kennis = o.putArray("kennisTopics");
        content.knowledge().forEach(t -> kennis.add(t.name()));
        ArrayNode vaardigheden = o.putArray("vaardighedenTopics");
        content.skills().forEach(t -> vaardigheden.add(t.name()));
        o.set("minimumEducation", BookletProjection.education(content.minimumEducation()));
        ObjectNode layout = o.putObject("layout");
        layout.put("competentiesHeadingLine", p.heading(BookletLabel.COMPETENCIES).map(h -> h.asWritten().at().number()).orElse(null));
        layout.put("vakkennisHeadingAsWritten", heading(p, BookletLabel.VAKKENNIS));
        if (profile instanceof EnrichedProfile e) {
            FunctionProfile baseProfile = all.stream().filter(f -> f.code().value().equals(base)).findFirst().orElseThrow();
            o.put("competenciesEqualBaseProfile", baseProfile.requirements().equals(e.requirements()));
            enriched(o, p);
        }
        return o;
    }

    private static void enriched(ObjectNode o, ProfileFacts p) {
        ArrayNode qualifications = o.putArray("qualifications");
        p.qualificationTable().forEach(r -> qualifications.addObject().put("number", Integer.valueOf(r.number()))
                .put("name", r.name().text()).put("niveau", r.mboLevel()));
        ArrayNode roles = o.putArray("rolEnComplexiteitSections");
        p.roles().forEach(r -> roles.addObject().put("heading", r.heading() == null ? null : r.heading().text()));
        ArrayNode extras = o.putArray("aanvullingKennisEnVaardigheden");
        p.extraKnowledge().forEach(x -> extras.addObject().put("heading", x.heading().text()).put("itemCount", x.items().size()));
        ArrayNode blocks = o.putArray("kerntakenPerQualification");
        for (TaskBlock b : p.taskBlocks()) {
            ObjectNode block = blocks.addObject();
            block.put("number", Integer.valueOf(b.number()));
            block.put("qualification", b.qualification() == null ? null : b.qualification().text());
            ArrayNode tasks = block.putArray("kerntaken");
            for (Task t : b.tasks()) {
                ObjectNode task = tasks.addObject().put("number", Integer.valueOf(t.number())).put("title", t.title().text());
                ArrayNode processes = task.putArray("werkprocessen");
                t.processes().forEach(pr -> processes.add(pr.number()));
            }
        }
    }

    private static String heading(ProfileFacts p, BookletLabel label) {
        return p.heading(label).map(HeadingUse::asWritten).map(Written::text).orElse(null);
    }
}
