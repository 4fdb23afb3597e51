package nl.functiehuis.api;

import java.time.Instant;
import nl.functiehuis.profile.ProfileCode;
import nl.functiehuis.vacancy.SavedVacancy;
import nl.functiehuis.vacancy.Vacancy;
import org.jspecify.annotations.Nullable;

/** One vacancy: its stored data (id, revision, who and when) and the whole vacancy. */
record VacancyView(String id, int revision, @Nullable String source, String author, Instant createdAt,
        @Nullable String editedBy, @Nullable Instant editedAt, Vacancy vacancy, VacancyLinks links) {

    static final String VACANCIES = "/api/vacancies/";

    /** Addresses of a vacancy, its candidates and evaluation, and the profile version it was made from. */
    record VacancyLinks(String self, String candidates, String evaluation, @Nullable String profile) {}

    static VacancyView of(SavedVacancy s) {
        Vacancy v = s.vacancy();
        String self = VACANCIES + s.id();
        String profile = v.profileCode() == null ? null
                : Links.profile(ProfileCode.of(v.profileCode())).self()
                        + (v.profileVersion() == null ? "" : "/versions/" + v.profileVersion());
        return new VacancyView(s.id(), s.revision(), s.source(), s.author(), s.createdAt(), s.editedBy(), s.editedAt(),
                v, new VacancyLinks(self, self + "/candidates", self + "/evaluation", profile));
    }

    String etag() {
        return "\"" + revision + "\"";
    }
}
