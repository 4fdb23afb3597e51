package nl.functiehuis.importer.booklet;

import java.util.List;
import nl.functiehuis.competency.LevelLetter;
import org.jspecify.annotations.Nullable;

/** The parts of a profile text as the booklet writes them; {@link ProfileFacts} holds one of each kind. */
public final class ProfileParts {
    private ProfileParts() {}

    /** A heading line recognised as a label, as written, with how far its spelling was from the label. */
    public record HeadingUse(BookletLabel label, Written asWritten, int distance) {
        public boolean exact() {
            return distance == 0;
        }
    }

    /** A row of the qualification table ("Kwalificatie/opleiding | Niveau"): number and level as written. */
    public record QualificationRow(@Nullable String number, Written name, @Nullable Integer mboLevel) {}

    /** A numbered critical work situation: "N. Title: description". */
    public record Situation(@Nullable String number, Written title, String description) {}

    /** The role and complexity text of one qualification, under the heading that names it. */
    public record RoleSection(@Nullable Written heading, List<Written> role, List<Written> complexity) {
        public RoleSection {
            role = List.copyOf(role);
            complexity = List.copyOf(complexity);
        }
    }

    /** A competency as one profile writes it: name, definition, the asked level and its indicators. */
    public record CompetencyText(
            Written name, @Nullable String definition, @Nullable LevelLetter letter, @Nullable String levelName,
            @Nullable Written levelLine, List<Written> indicators) {
        public CompetencyText {
            indicators = List.copyOf(indicators);
        }
    }

    /** A list of extra knowledge and skills under the name of a related qualification. */
    public record ExtraList(Written heading, List<Written> items) {
        public ExtraList {
            items = List.copyOf(items);
        }
    }

    /** A work process ("1.2 Verifieert gegevens"), numbered as written. */
    public record Process(String number, Written title) {}

    /** A core task ("Kerntaak 1: …") with its work processes. */
    public record Task(String number, Written title, List<Process> processes) {
        public Task {
            processes = List.copyOf(processes);
        }
    }

    /** A "Kerntaken en werkprocessen N" block: the qualification it is about, and its core tasks. */
    public record TaskBlock(@Nullable String number, @Nullable Written qualification, List<Task> tasks) {
        public TaskBlock {
            tasks = List.copyOf(tasks);
        }
    }
}
