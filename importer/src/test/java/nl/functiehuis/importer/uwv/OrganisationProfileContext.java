package nl.functiehuis.importer.uwv;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The context section of an organisation profile, projected into the expected facts' shape. */
final class OrganisationProfileContext {
    private OrganisationProfileContext() {}

    static ObjectNode of(ContextFacts context) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("heading", context.heading());
        if (!context.lists(false).isEmpty()) {
            ItemList goals = context.lists(false).get(0);
            ObjectNode team = node.putObject("teamSamenwerkenGoals").put("itemCount", goals.items().size());
            ArrayNode items = team.putArray("items");
            goals.texts().forEach(t -> items.add(OrganisationProfileProjection.startsWith(t)));
        }
        if (!context.lists(true).isEmpty()) {
            ItemList pillars = context.lists(true).get(0);
            node.put("pijlersCount", pillars.items().size());
            node.set("pijlers", OrganisationProfileProjection.strings(pillars.texts()));
        }
        if (!context.departmentFocusAreas().isEmpty()) {
            node.put("departmentAandachtsgebied", context.departmentFocusAreas().get(0));
        }
        node.put("vfvWerkzaamhedenCount", context.departmentTasks().size());
        node.set("externalAndInternalContacts", OrganisationProfileProjection.strings(context.contacts()));
        node.set("collaboratesWithDepartments", OrganisationProfileProjection.strings(context.collaboratingDepartments()));
        ArrayNode areas = node.putArray("aandachtsgebieden");
        for (ContextFacts.FocusAreaFacts f : context.focusAreas()) {
            ObjectNode area = areas.addObject().put("name", f.name());
            if (f.extraTask() != null) {
                area.put("aanvullendeTaak", f.extraTask());
            }
            if (!f.contacts().isEmpty()) {
                area.set("contacts", OrganisationProfileProjection.strings(f.contacts()));
            }
            if (f.supervisedBy() != null) {
                area.put("inhoudelijkBegeleidDoor", f.supervisedBy());
            }
        }
        return node;
    }
}
