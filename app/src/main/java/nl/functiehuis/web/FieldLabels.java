package nl.functiehuis.web;

import java.util.Map;

/** Dutch names for the fields of a profile, as a version diff names the place of a change. */
final class FieldLabels {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("status", "Status"), Map.entry("effectiveDate", "Ingangsdatum"), Map.entry("kind", "Soort"),
            Map.entry("code", "Code"), Map.entry("title", "Titel"), Map.entry("subtitle", "Ondertitel"),
            Map.entry("baseCode", "Basisprofiel"), Map.entry("groupCode", "Functiegroep"),
            Map.entry("dictionary", "Woordenboek"), Map.entry("nlqfLevel", "NLQF-niveau"),
            Map.entry("characteristics", "Functiekenmerken"), Map.entry("criticalSituations", "Kritische werksituaties"),
            Map.entry("competencies", "Competenties"), Map.entry("competency", "competentie"), Map.entry("level", "niveau"),
            Map.entry("knowledge", "Kennis"), Map.entry("skills", "Vaardigheden"), Map.entry("name", "naam"),
            Map.entry("description", "omschrijving"), Map.entry("minimumEducation", "Minimale opleiding"),
            Map.entry("text", "tekst"), Map.entry("ideal", "ideaal"), Map.entry("track", "soort opleiding"),
            Map.entry("qualifications", "Kwalificaties"), Map.entry("qualification", "kwalificatie"),
            Map.entry("mboLevel", "MBO-niveau"), Map.entry("role", "rol"), Map.entry("complexity", "complexiteit"),
            Map.entry("extraKnowledge", "aanvullende kennis"), Map.entry("organisation", "Organisatie"),
            Map.entry("department", "Afdeling"), Map.entry("purpose", "Doel"), Map.entry("scale", "schaal"),
            Map.entry("functionType", "Soort functie"), Map.entry("thinkingLevel", "Werk- en denkniveau"),
            Map.entry("resultAreas", "Resultaatgebieden"), Map.entry("notApplicable", "n.v.t."),
            Map.entry("activities", "kernactiviteiten"), Map.entry("results", "resultaten"), Map.entry("frameworks", "Kaders"),
            Map.entry("professionalCompetencies", "Vakinhoudelijke competenties"),
            Map.entry("behaviourCompetencies", "Gedragscompetenties"), Map.entry("group", "groep"),
            Map.entry("definition", "definitie"), Map.entry("example", "gedragsvoorbeeld"), Map.entry("context", "Context"),
            Map.entry("focusAreas", "Aandachtsgebieden"), Map.entry("position", "Positie"), Map.entry("levels", "Niveaus"),
            Map.entry("letter", "letter"), Map.entry("qualifier", "aanduiding"),
            Map.entry("factors", "Differentiërende factoren"), Map.entry("latitude", "Speelruimte"),
            Map.entry("knowledgeAndSkills", "Kennis en vaardigheden"), Map.entry("cells", "per niveau"),
            Map.entry("items", "punten"), Map.entry("domains", "Domeinen"), Map.entry("domain", "domein"),
            Map.entry("sections", "Secties"), Map.entry("heading", "kop"), Map.entry("paragraphs", "alinea's"),
            Map.entry("source", "bron"));

    private FieldLabels() {}

    /** The Dutch name of a field, or the field itself when it has none; empty for the content wrapper. */
    static String of(String field) {
        return field.equals("content") ? "" : LABELS.getOrDefault(field, field);
    }
}
