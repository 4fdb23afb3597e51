package nl.functiehuis.importer.uwv;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.functiehuis.importer.DraftProfile;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.text.Inconsistency;
import nl.functiehuis.profile.OrganisationProfile;
import nl.functiehuis.profile.ResultArea;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An imported organisation profile in the shape of ../shared/expected/000_*.json: values from the domain
 * profile where it holds them, else from the genre's facts.
 */
public final class OrganisationProfileProjection {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Map<SummaryField, String> KEYS = Map.ofEntries(Map.entry(SummaryField.NAME, "functionName"),
            Map.entry(SummaryField.CODE, "functionCode"), Map.entry(SummaryField.GRADE, "functionIndeling"),
            Map.entry(SummaryField.TYPE, "soortFunctie"), Map.entry(SummaryField.START, "ingangsdatum"),
            Map.entry(SummaryField.STATUS, "status"), Map.entry(SummaryField.THINKING_LEVEL, "werkEnDenkniveau"),
            Map.entry(SummaryField.PURPOSE, "doelVanDeFunctie"), Map.entry(SummaryField.BEHAVIOUR, "gedragscompetenties"),
            Map.entry(SummaryField.COMPANY_COMPETENCIES, "bedrijfscompetenties"),
            Map.entry(SummaryField.FUNCTION_COMPETENCIES, "functiecompetenties"));

    private OrganisationProfileProjection() {}

    public static ObjectNode of(ParsedDocument parsed) {
        var facts = (OrganisationProfileFacts) parsed.facts();
        DraftProfile draft = parsed.draft().profiles().get(0);
        var profile = (OrganisationProfile) draft.profile();
        ObjectNode root = JSON.objectNode();
        root.put("documentKind", profile.organisation() + " " + parsed.title().split("\\s+")[0].toLowerCase(Locale.ROOT));
        root.put("title", parsed.title());
        root.put("functionName", profile.title());
        if (facts.department() != null) {
            root.putObject("department").put("name", profile.department())
                    .put("abbreviation", facts.department().abbreviation())
                    .put("nameVariantInContext", facts.department().variant());
        }
        root.set("summarySheet", summary(facts, profile, draft));
        ObjectNode lists = root.putObject("gedragscompetentiesSummary");
        lists.set("bedrijfscompetenties", strings(facts.summary().companyCompetencies()));
        lists.set("functiecompetenties", strings(facts.summary().functionCompetencies()));
        lists.put("totalCount", facts.summary().companyCompetencies().size() + facts.summary().functionCompetencies().size());
        facts.heading(ProfilePart.ORGANOGRAM).ifPresent(h -> root.putObject("organogram").put("heading", h.text())
                .put("hasContent", facts.organogramHasContent()));
        root.set("resultaatgebieden", OrganisationProfileTables.results(facts, profile));
        root.set("kadersEnSpeelRegelruimte", OrganisationProfileTables.list(facts, ProfilePart.FRAMEWORKS, facts.frameworks()));
        ObjectNode professional = OrganisationProfileTables.list(facts, ProfilePart.PROFESSIONAL, facts.professional());
        professional.put("requiredEducation", facts.summary().requiredEducation())
                .put("minimumFunctioningLevel", facts.summary().minimumLevel());
        root.set("vakinhoudelijkeCompetenties", professional);
        root.set("gedragscompetenties", OrganisationProfileTables.behaviour(facts, profile));
        if (facts.context() != null) {
            root.set("context", OrganisationProfileContext.of(facts.context()));
        }
        root.set("documentInconsistencies", inconsistencies(facts.inconsistencies()));
        return root;
    }

    private static ObjectNode summary(OrganisationProfileFacts facts, OrganisationProfile profile, DraftProfile draft) {
        ObjectNode sheet = JSON.objectNode();
        sheet.put("heading", facts.summary().heading());
        facts.summary().entry(SummaryField.NAME).ifPresent(e -> sheet.put("functionName", e.value()));
        sheet.put("functionCode", Integer.parseInt(profile.code().value()));
        sheet.put("functionIndeling", profile.scale());
        sheet.put("soortFunctie", profile.functionType());
        facts.summary().entry(SummaryField.START).ifPresent(e -> sheet.put("ingangsdatum", e.value()));
        sheet.put("ingangsdatumIso", String.valueOf(draft.effectiveDate()));
        sheet.put("status", draft.status().label());
        sheet.put("werkEnDenkniveau", profile.thinkingLevel());
        String purpose = profile.purpose() == null ? "" : profile.purpose();
        sheet.putObject("doelVanDeFunctie").put("startsWith", purpose)
                .put("sentenceCount", purpose.split("[.!?](\\s+|$)").length);
        ObjectNode labels = sheet.putObject("labelsAsWritten");
        facts.summary().entries().forEach(e -> labels.put(KEYS.get(e.field()), e.label()));
        return sheet;
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode array = JSON.arrayNode();
        values.forEach(array::add);
        return array;
    }

    static ObjectNode startsWith(String text) {
        return JSON.objectNode().put("startsWith", text);
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

    static long count(List<ResultArea> areas, boolean notApplicable) {
        return areas.stream().filter(a -> a.notApplicable() == notApplicable).count();
    }
}
