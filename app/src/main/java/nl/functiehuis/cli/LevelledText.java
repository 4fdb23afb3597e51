package nl.functiehuis.cli;

import java.util.List;
import nl.functiehuis.competency.Dimension;
import nl.functiehuis.profile.DomainCompetency;
import nl.functiehuis.profile.FunctionLevel;
import nl.functiehuis.profile.LevelCell;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.LevelledRow;

/** The sections of a levelled function family, with the per-level tables written level by level. */
final class LevelledText {
    private LevelledText() {}

    static void write(TextSheet sheet, LevelledFamily f) {
        sheet.field("Organisatie", f.organisation());
        sheet.heading("Functieniveaus");
        f.levels().forEach(l -> sheet.item(level(l)));
        sheet.paragraph("Doel van de functie", f.purpose());
        sheet.paragraph("Positie in de organisatie", f.position());
        sheet.paragraph("Context", f.context());
        OrganisationText.resultAreas(sheet, f.resultAreas());
        rows(sheet, "Differentiërende factoren", f.factors());
        rows(sheet, "Speelruimte", f.latitude());
        rows(sheet, "Kennis en vaardigheden", f.knowledgeAndSkills());
        competencies(sheet, f.domains(), f.competencies());
    }

    private static String level(FunctionLevel l) {
        String scale = l.scale() == null ? "" : ", schaal " + l.scale();
        return l.letter() + " " + l.code() + " " + l.name() + scale;
    }

    private static void rows(TextSheet sheet, String heading, List<LevelledRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        sheet.heading(heading);
        for (LevelledRow row : rows) {
            sheet.item(row.title());
            for (LevelCell cell : row.cells()) {
                cell.items().forEach(i -> sheet.subitem("Niveau " + cell.level() + ": " + i));
            }
        }
    }

    private static void competencies(TextSheet sheet, List<Dimension> domains, List<DomainCompetency> all) {
        if (all.isEmpty()) {
            return;
        }
        sheet.heading("Competenties per domein");
        for (Dimension d : domains) {
            List<DomainCompetency> in = all.stream().filter(c -> c.domain().equals(d.code())).toList();
            if (in.isEmpty()) {
                continue;
            }
            sheet.item(d.code() + " " + d.name());
            in.forEach(c -> sheet.subitem(c.competency() + (c.level() == null ? " (kern, alle niveaus)"
                    : " (functieniveau " + c.level() + ")")));
        }
    }
}
