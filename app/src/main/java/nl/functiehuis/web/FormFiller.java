package nl.functiehuis.web;

import java.util.List;
import java.util.stream.Collectors;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.GenericProfile;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.MinimumEducation;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.OrganisationProfile;
import nl.functiehuis.profile.Topic;
import org.jspecify.annotations.Nullable;

/** Fills the edit form from a stored version: the fields its kind has, and the whole profile as JSON. */
final class FormFiller {
    private FormFiller() {}

    static EditForm of(ProfileVersion version, String json) {
        FunctionProfile p = version.profile();
        var form = new Builder();
        switch (p) {
            case NormFunction n -> form.content(n.content());
            case EnrichedProfile e -> form.content(e.content());
            case OrganisationProfile o -> {
                form.purpose = text(o.purpose());
                form.scale = o.scale() == null ? "" : o.scale().toString();
                form.thinkingLevel = text(o.thinkingLevel());
                form.frameworks = String.join("\n", o.frameworks());
                form.professional = String.join("\n", o.professionalCompetencies());
            }
            case LevelledFamily f -> {
                form.purpose = text(f.purpose());
                form.levels = f.levels().stream().map(l -> new EditForm.LevelRow(l.letter(), l.name(),
                        l.scale() == null ? "" : l.scale().toString())).toList();
            }
            case GenericProfile g -> {
            }
        }
        String date = version.effectiveDate() == null ? "" : version.effectiveDate().toString();
        return new EditForm(EditForm.FIELDS, version.number(), version.status().name(), date, text(version.note()),
                p.title(), form.characteristics, form.competencies, form.knowledge, form.skills, form.education,
                form.ideal, form.purpose, form.scale, form.thinkingLevel, form.frameworks, form.professional,
                form.levels, json);
    }

    /** "Naam: omschrijving", one topic a line, as the form shows and reads them. */
    static String topics(List<Topic> topics) {
        return topics.stream()
                .map(t -> t.description() == null ? t.name() : t.name() + ": " + t.description())
                .collect(Collectors.joining("\n"));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static final class Builder {
        String characteristics = "";
        List<EditForm.CompetencyRow> competencies = List.of();
        String knowledge = "";
        String skills = "";
        String education = "";
        String ideal = "";
        String purpose = "";
        String scale = "";
        String thinkingLevel = "";
        String frameworks = "";
        String professional = "";
        List<EditForm.LevelRow> levels = List.of();

        void content(NormContent c) {
            characteristics = String.join("\n", c.characteristics());
            competencies = c.competencies().stream().map(r -> new EditForm.CompetencyRow(r.competency(),
                    r.level() == null ? "" : r.level().name())).toList();
            knowledge = topics(c.knowledge());
            skills = topics(c.skills());
            MinimumEducation m = c.minimumEducation();
            education = m == null ? "" : m.text();
            ideal = m == null ? "" : text(m.ideal());
        }
    }
}
