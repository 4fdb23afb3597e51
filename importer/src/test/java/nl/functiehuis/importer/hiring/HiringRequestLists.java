package nl.functiehuis.importer.hiring;

import nl.functiehuis.importer.hiring.HiringRequestFacts.ItemFacts;
import nl.functiehuis.vacancy.AskedCompetency;
import nl.functiehuis.vacancy.Requirement;
import nl.functiehuis.vacancy.Task;
import nl.functiehuis.vacancy.Vacancy;
import nl.functiehuis.vacancy.Wish;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The task, eisen, competency and wensen sections of a hiring request, projected into the expected facts' shape. */
final class HiringRequestLists {
    private HiringRequestLists() {}

    static ObjectNode tasks(HiringRequestFacts facts, Vacancy vacancy) {
        ObjectNode node = headed(facts, HiringSection.TASKS).put("intro", vacancy.intro()).put("taskCount", vacancy.tasks().size());
        ArrayNode items = node.putArray("tasks");
        for (Task task : vacancy.tasks()) {
            ObjectNode item = items.addObject().put("startsWith", task.text());
            if (task.future()) {
                item.put("markedToekomst", true);
            }
        }
        node.put("toekomstTaskCount", vacancy.tasks().stream().filter(Task::future).count());
        return node;
    }

    static ObjectNode requirements(HiringRequestFacts facts, Vacancy vacancy) {
        ObjectNode node = headed(facts, HiringSection.REQUIREMENTS).put("count", vacancy.requirements().size());
        ArrayNode items = node.putArray("items");
        for (int i = 0; i < vacancy.requirements().size(); i++) {
            Requirement r = vacancy.requirements().get(i);
            ItemFacts f = facts.requirements().get(i);
            ObjectNode item = items.addObject().put("keyPhrase", f.keyPhrase()).put("startsWith", r.text());
            switch (r.kind()) {
                case EDUCATION -> item.put("educationLevel", f.education()).put("mboLevel", r.mboLevel());
                case EXPERIENCE -> item.put("experienceYearsMin", r.yearsMin()).put("experienceYearsMax", r.yearsMax())
                        .put("experienceWithinLastYears", r.withinYears()).put("domain", r.subject());
                case SECTOR -> item.put("sector", r.subject());
                case SYSTEM -> item.put("system", r.subject());
                case OTHER -> { }
            }
        }
        return node;
    }

    static ObjectNode competencies(HiringRequestFacts facts, Vacancy vacancy) {
        ObjectNode node = headed(facts, HiringSection.COMPETENCIES).put("count", vacancy.competencies().size());
        node.set("names", HiringRequestProjection.strings(vacancy.competencies().stream().map(AskedCompetency::name).toList()));
        ArrayNode items = node.putArray("items");
        for (AskedCompetency c : vacancy.competencies()) {
            items.addObject().put("name", c.name()).put("descriptionStartsWith", c.description());
        }
        return node;
    }

    static ObjectNode wishes(HiringRequestFacts facts, Vacancy vacancy) {
        ObjectNode node = headed(facts, HiringSection.WISHES).put("count", vacancy.wishes().size());
        ArrayNode items = node.putArray("items");
        for (int i = 0; i < vacancy.wishes().size(); i++) {
            Wish w = vacancy.wishes().get(i);
            ItemFacts f = facts.wishes().get(i);
            ObjectNode item = items.addObject().put("keyPhrase", f.keyPhrase()).put("startsWith", w.text()).put("topic", w.topic());
            if (f.system() != null) {
                item.put("system", f.system()).put("systemExpansion", f.systemExpansion());
            }
        }
        return node;
    }

    private static ObjectNode headed(HiringRequestFacts facts, HiringSection section) {
        ObjectNode node = HiringRequestProjection.JSON.objectNode();
        facts.heading(section).ifPresent(h -> node.put("heading", h.text()));
        return node;
    }
}
