package nl.functiehuis.cli;

import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.profile.CriticalSituation;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.MinimumEducation;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.QualificationLink;
import nl.functiehuis.profile.Topic;

/** The sections of a norm function and of an enriched profile, which shares its content. */
final class NormText {
    private NormText() {}

    static void write(TextSheet sheet, NormFunction norm) {
        sheet.field("NLQF-niveau", norm.nlqfLevel());
        content(sheet, norm.content());
    }

    static void write(TextSheet sheet, EnrichedProfile enriched) {
        sheet.field("Naam", enriched.subtitle());
        sheet.field("Verrijking van", enriched.baseCode());
        content(sheet, enriched.content());
        if (!enriched.qualifications().isEmpty()) {
            sheet.heading("Kwalificaties");
            enriched.qualifications().forEach(q -> qualification(sheet, q));
        }
    }

    private static void content(TextSheet sheet, NormContent content) {
        sheet.list("Overwegende functiekenmerken", content.characteristics());
        if (!content.criticalSituations().isEmpty()) {
            sheet.heading("Kritische werksituaties");
            for (CriticalSituation s : content.criticalSituations()) {
                sheet.item(s.title());
                sheet.indented(s.description());
            }
        }
        sheet.list("Competenties", content.competencies().stream().map(NormText::requirement).toList());
        sheet.list("Vakkennis: kennis", content.knowledge().stream().map(NormText::topic).toList());
        sheet.list("Vakkennis: vaardigheden", content.skills().stream().map(NormText::topic).toList());
        MinimumEducation education = content.minimumEducation();
        if (education != null) {
            sheet.heading("Minimale opleiding");
            sheet.line(education.text());
            sheet.field("Niveau", education.level() == null ? null : education.level().label());
            sheet.field("Gewenst", education.ideal());
        }
    }

    private static String requirement(CompetencyRequirement r) {
        return r.level() == null ? r.competency() : r.competency() + " (gedragsniveau " + r.level() + ")";
    }

    private static String topic(Topic t) {
        return t.description() == null ? t.name() : t.name() + ": " + t.description();
    }

    private static void qualification(TextSheet sheet, QualificationLink q) {
        sheet.item(q.mboLevel() == null ? q.qualification() : q.qualification() + " (MBO " + q.mboLevel() + ")");
        if (q.role() != null) {
            sheet.indented("Rol: " + q.role());
        }
        if (q.complexity() != null) {
            sheet.indented("Complexiteit: " + q.complexity());
        }
        q.extraKnowledge().forEach(sheet::subitem);
    }
}
