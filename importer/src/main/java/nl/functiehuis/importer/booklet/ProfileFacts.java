package nl.functiehuis.importer.booklet;

import java.util.List;
import java.util.Optional;
import nl.functiehuis.importer.booklet.ProfileParts.CompetencyText;
import nl.functiehuis.importer.booklet.ProfileParts.ExtraList;
import nl.functiehuis.importer.booklet.ProfileParts.HeadingUse;
import nl.functiehuis.importer.booklet.ProfileParts.QualificationRow;
import nl.functiehuis.importer.booklet.ProfileParts.RoleSection;
import nl.functiehuis.importer.booklet.ProfileParts.Situation;
import nl.functiehuis.importer.booklet.ProfileParts.TaskBlock;
import org.jspecify.annotations.Nullable;

/**
 * One full profile text of part 3 as written: the heading ("NAAM FUNCTIE", subtitle in brackets,
 * "CODE"), every recognised heading line, and each section's content before it becomes domain data.
 */
public record ProfileFacts(
        Written name,
        @Nullable Written subtitle,
        Written code,
        List<HeadingUse> headings,
        List<QualificationRow> qualificationTable,
        @Nullable String seriesName,
        List<Written> seriesText,
        @Nullable String groupName,
        List<Written> groupText,
        List<Written> characteristics,
        List<Situation> criticalSituations,
        List<RoleSection> roles,
        List<CompetencyText> competencies,
        List<Written> knowledge,
        List<Written> skills,
        List<ExtraList> extraKnowledge,
        List<Written> education,
        List<TaskBlock> taskBlocks) {

    public ProfileFacts {
        headings = List.copyOf(headings);
        qualificationTable = List.copyOf(qualificationTable);
        seriesText = List.copyOf(seriesText);
        groupText = List.copyOf(groupText);
        characteristics = List.copyOf(characteristics);
        criticalSituations = List.copyOf(criticalSituations);
        roles = List.copyOf(roles);
        competencies = List.copyOf(competencies);
        knowledge = List.copyOf(knowledge);
        skills = List.copyOf(skills);
        extraKnowledge = List.copyOf(extraKnowledge);
        education = List.copyOf(education);
        taskBlocks = List.copyOf(taskBlocks);
    }

    /** The first heading line recognised as this label, as written. */
    public Optional<HeadingUse> heading(BookletLabel label) {
        return headings.stream().filter(h -> h.label() == label).findFirst();
    }

    /** The code as written, e.g. "N06.01.06/VP I". */
    public String codeText() {
        return code.text();
    }
}
