package nl.functiehuis.importer.uwv;

import nl.functiehuis.profile.BehaviourCompetency;
import nl.functiehuis.profile.OrganisationProfile;
import nl.functiehuis.profile.ResultArea;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The tables and headed lists of an organisation profile, projected into the expected facts' shape. */
final class OrganisationProfileTables {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private OrganisationProfileTables() {}

    static ObjectNode results(OrganisationProfileFacts facts, OrganisationProfile profile) {
        ObjectNode node = JSON.objectNode();
        facts.heading(ProfilePart.RESULTS).ifPresent(h -> node.put("heading", h.text()));
        node.set("columns", OrganisationProfileProjection.strings(facts.results().columns()));
        node.put("count", profile.resultAreas().size());
        node.put("applicableCount", OrganisationProfileProjection.count(profile.resultAreas(), false));
        node.put("notApplicableCount", OrganisationProfileProjection.count(profile.resultAreas(), true));
        ArrayNode items = node.putArray("items");
        for (int i = 0; i < profile.resultAreas().size(); i++) {
            ResultArea area = profile.resultAreas().get(i);
            ResultRow row = facts.results().rows().get(i);
            ObjectNode item = items.addObject().put("name", area.name()).put("notApplicable", area.notApplicable());
            if (area.notApplicable()) {
                item.put("kernactiviteit", row.activityText());
                continue;
            }
            item.put("kernactiviteitParagraphCount", row.activityParagraphs())
                    .put("resultaatParagraphCount", row.resultParagraphs());
            if (row.activitySubItems() > 0) {
                item.put("kernactiviteitSubBulletCount", row.activitySubItems());
            }
            item.put("kernactiviteitStartsWith", area.activities().get(0)).put("resultaatStartsWith", area.results().get(0));
        }
        facts.results().rows().stream().filter(r -> r.examples() != null).findFirst()
                .ifPresent(r -> node.put("productieRegeltaakExamples", r.examples()));
        return node;
    }

    static ObjectNode list(OrganisationProfileFacts facts, ProfilePart part, @Nullable ItemList list) {
        ObjectNode node = JSON.objectNode();
        facts.heading(part).ifPresent(h -> node.put("heading", h.text()));
        if (list != null) {
            node.put("intro", list.intro());
            node.put("itemCount", list.items().size());
            ArrayNode items = node.putArray("items");
            list.texts().forEach(t -> items.add(OrganisationProfileProjection.startsWith(t)));
        }
        return node;
    }

    static ObjectNode behaviour(OrganisationProfileFacts facts, OrganisationProfile profile) {
        ObjectNode node = JSON.objectNode();
        facts.heading(ProfilePart.BEHAVIOUR).ifPresent(h -> node.put("heading", h.text()));
        node.set("columns", OrganisationProfileProjection.strings(facts.behaviour().columns()));
        node.put("count", profile.behaviourCompetencies().size());
        ArrayNode items = node.putArray("items");
        for (BehaviourCompetency c : profile.behaviourCompetencies()) {
            ObjectNode item = items.addObject().put("name", c.name()).put("group", c.group());
            item.set("definitie", OrganisationProfileProjection.startsWith(c.definition()));
            item.set("gedragsvoorbeeld", OrganisationProfileProjection.startsWith(c.example()));
        }
        return node;
    }
}
