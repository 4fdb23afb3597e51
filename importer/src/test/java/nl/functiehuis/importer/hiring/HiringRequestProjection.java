package nl.functiehuis.importer.hiring;

import java.util.List;
import java.util.Locale;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.text.Inconsistency;
import nl.functiehuis.vacancy.Terms;
import nl.functiehuis.vacancy.Vacancy;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An imported hiring request in the shape of ../shared/expected/003_*.json: values from the vacancy where it
 * holds them, else from the genre's facts.
 */
public final class HiringRequestProjection {
    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private HiringRequestProjection() {}

    public static ObjectNode of(ParsedDocument parsed) {
        var facts = (HiringRequestFacts) parsed.facts();
        Vacancy vacancy = parsed.draft().vacancies().get(0);
        ObjectNode root = JSON.objectNode();
        if (vacancy.organisation() != null) {
            String organisation = vacancy.organisation();
            root.put("documentKind", Character.toUpperCase(organisation.charAt(0)) + organisation.substring(1) + " "
                    + parsed.kind().label().toLowerCase(Locale.ROOT));
        }
        root.put("titleLine", facts.titleLine()).put("title", vacancy.title()).put("cluster", facts.cluster())
                .put("clusterFullName", facts.clusterFullName()).put("organisation", vacancy.organisation());
        root.set("aanbod", offer(facts, vacancy.terms()));
        root.set("functie", HiringRequestLists.tasks(facts, vacancy));
        root.set("eisen", HiringRequestLists.requirements(facts, vacancy));
        root.set("competenties", HiringRequestLists.competencies(facts, vacancy));
        root.set("wensen", HiringRequestLists.wishes(facts, vacancy));
        if (facts.department() != null) {
            ObjectNode department = root.putObject("afdeling");
            facts.heading(HiringSection.DEPARTMENT).ifPresent(h -> department.put("heading", h.text()));
            department.put("name", vacancy.department()).put("nameVariant", facts.department().variant())
                    .put("taak", facts.department().task()).put("doel", facts.department().goal());
        }
        root.set("rolesMentioned", strings(facts.rolesMentioned()));
        root.set("systemsMentioned", strings(facts.systemsMentioned()));
        root.set("documentInconsistencies", inconsistencies(facts.inconsistencies()));
        return root;
    }

    private static ObjectNode offer(HiringRequestFacts facts, Terms terms) {
        ObjectNode offer = JSON.objectNode();
        facts.heading(HiringSection.OFFER).ifPresent(h -> offer.put("heading", h.text()));
        offer.put("werklocatie", terms.location()).put("werklocatieCity", facts.city())
                .put("startdatum", terms.startText())
                .put("expectedStartMonth", terms.expectedStart() == null ? null : terms.expectedStart().toString())
                .put("aantalMedewerkers", terms.headcount()).put("urenPerWeek", terms.hoursPerWeek());
        facts.offer(OfferField.DURATION).ifPresent(e -> offer.put("duurOpdracht", e.value()));
        offer.put("duurOpdrachtMonths", terms.durationMonths());
        facts.offer(OfferField.EXTENSION).ifPresent(e -> offer.put("verlengingsopties", e.value()));
        offer.put("verlengingsoptiesCount", terms.extensionCount()).put("verlengingsoptieMonths", terms.extensionMonths())
                .put("fsk", terms.scale());
        facts.offer(OfferField.RATIO).ifPresent(e -> offer.put("verhoudingPrijsKwaliteit", e.value()));
        offer.put("prijsPercentage", terms.pricePercent()).put("kwaliteitPercentage", terms.qualityPercent());
        ObjectNode tariff = offer.putObject("tariefrange");
        facts.offer(OfferField.TARIFF).ifPresent(e -> tariff.put("text", e.value()));
        tariff.put("min", terms.tariffMin()).put("max", terms.tariffMax())
                .put("currency", facts.currencySymbol() == null ? null : "EUR").put("currencySymbol", facts.currencySymbol())
                .put("unitStated", facts.tariffUnitStated());
        offer.put("dataVoorVerificatiegesprekken", terms.verificationText()).put("verificatieWeek", terms.verificationWeek());
        return offer;
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode array = JSON.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static ArrayNode inconsistencies(List<Inconsistency> found) {
        ArrayNode array = JSON.arrayNode();
        for (Inconsistency i : found) {
            ObjectNode entry = array.addObject().put("kind", i.kind()).put("description", i.description());
            ArrayNode readings = entry.putArray("readings");
            i.readings().forEach(r -> readings.addObject().put("text", r.text()).put("line", r.at().number()));
        }
        return array;
    }
}
