package nl.functiehuis.vacancy;

import java.util.List;
import nl.functiehuis.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A vacancy or hiring request: built on a profile version or read from a request document.
 * {@code profileCode}/{@code profileVersion} name the profile version it was made from, if any.
 */
public record Vacancy(
        String title,
        @Nullable String organisation,
        @Nullable String department,
        @Nullable String profileCode,
        @Nullable Integer profileVersion,
        VacancyStatus status,
        Terms terms,
        @Nullable String intro,
        List<Task> tasks,
        List<Requirement> requirements,
        List<Wish> wishes,
        List<AskedCompetency> competencies,
        @Nullable String aboutDepartment,
        @Nullable String aboutOrganisation) {

    public Vacancy {
        title = Checks.text(title, "title");
        organisation = Checks.optional(organisation);
        department = Checks.optional(department);
        profileCode = Checks.optional(profileCode);
        Checks.required(status, "status");
        Checks.required(terms, "terms");
        intro = Checks.optional(intro);
        tasks = Checks.list(tasks, "tasks");
        requirements = Checks.list(requirements, "requirements");
        wishes = Checks.list(wishes, "wishes");
        competencies = Checks.list(competencies, "competencies");
        aboutDepartment = Checks.optional(aboutDepartment);
        aboutOrganisation = Checks.optional(aboutOrganisation);
    }
}
