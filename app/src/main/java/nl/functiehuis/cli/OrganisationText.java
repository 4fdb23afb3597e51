package nl.functiehuis.cli;

import java.util.List;
import nl.functiehuis.profile.BehaviourCompetency;
import nl.functiehuis.profile.FocusArea;
import nl.functiehuis.profile.OrganisationProfile;
import nl.functiehuis.profile.ResultArea;

/** The sections of an organisation's own function profile. */
final class OrganisationText {
    private OrganisationText() {}

    static void write(TextSheet sheet, OrganisationProfile p) {
        sheet.field("Organisatie", p.organisation());
        sheet.field("Afdeling", p.department());
        sheet.field("Schaal", p.scale());
        sheet.field("Soort functie", p.functionType());
        sheet.field("Werk- en denkniveau", p.thinkingLevel());
        sheet.paragraph("Doel van de functie", p.purpose());
        resultAreas(sheet, p.resultAreas());
        sheet.list("Kaders", p.frameworks());
        sheet.list("Vakinhoudelijke competenties", p.professionalCompetencies());
        if (!p.behaviourCompetencies().isEmpty()) {
            sheet.heading("Gedragscompetenties");
            p.behaviourCompetencies().forEach(c -> behaviour(sheet, c));
        }
        sheet.paragraph("Context", p.context());
        sheet.list("Aandachtsgebieden", p.focusAreas().stream().map(OrganisationText::focus).toList());
    }

    /** Result areas with their core activities and results; shared with levelled families. */
    static void resultAreas(TextSheet sheet, List<ResultArea> areas) {
        if (areas.isEmpty()) {
            return;
        }
        sheet.heading("Resultaatgebieden");
        for (ResultArea area : areas) {
            if (area.notApplicable()) {
                sheet.item(area.name() + ": n.v.t.");
                continue;
            }
            sheet.item(area.name());
            area.activities().forEach(a -> sheet.subitem("Kernactiviteit: " + a));
            area.results().forEach(r -> sheet.subitem("Resultaat: " + r));
        }
    }

    private static void behaviour(TextSheet sheet, BehaviourCompetency c) {
        sheet.item(c.group() == null ? c.name() : c.name() + " (" + c.group() + ")");
        if (c.definition() != null) {
            sheet.indented("Definitie: " + c.definition());
        }
        if (c.example() != null) {
            sheet.indented("Gedragsvoorbeeld: " + c.example());
        }
    }

    private static String focus(FocusArea f) {
        return f.description() == null ? f.name() : f.name() + ": " + f.description();
    }
}
