package nl.functiehuis.importer.uwv;

import java.util.List;
import java.util.Optional;
import nl.functiehuis.importer.DocumentFacts;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.importer.text.Inconsistency;
import org.jspecify.annotations.Nullable;

/**
 * What an organisation profile says beyond the domain profile: its title and department as written, the
 * cover sheet with its labels as written, the headings of its parts, the two tables row by row, the lists
 * under its headings, the context's structure, and the places where it contradicts itself.
 */
public record OrganisationProfileFacts(
        String title,
        Location titleAt,
        @Nullable Department department,
        Summary summary,
        List<Heading> headings,
        boolean organogramHasContent,
        Table<ResultRow> results,
        @Nullable ItemList frameworks,
        @Nullable ItemList professional,
        Table<BehaviourRow> behaviour,
        @Nullable ContextFacts context,
        List<Inconsistency> inconsistencies) implements DocumentFacts {

    /** The department as the title block names it, its abbreviation, and another spelling found in the text. */
    public record Department(String name, Location at, @Nullable String abbreviation, @Nullable String variant,
            @Nullable Location variantAt) {}

    /**
     * The cover sheet: its heading, the label/value pairs as written, the competency lists split into names,
     * and what the professional competencies say about education ("MBO-4") and minimum level ("MBO").
     */
    public record Summary(@Nullable String heading, @Nullable Location at, List<SummaryEntry> entries,
            List<String> companyCompetencies, List<String> functionCompetencies,
            @Nullable String requiredEducation, @Nullable String minimumLevel) {

        public Optional<SummaryEntry> entry(SummaryField field) {
            return entries.stream().filter(e -> e.field() == field).findFirst();
        }
    }

    /** The heading of a part as written. */
    public record Heading(ProfilePart part, String text, Location at) {}

    /** A table: its columns as written, where its header is, and its rows. */
    public record Table<R>(List<String> columns, @Nullable Location at, List<R> rows) {}

    public Optional<Heading> heading(ProfilePart part) {
        return headings.stream().filter(h -> h.part() == part).findFirst();
    }
}
