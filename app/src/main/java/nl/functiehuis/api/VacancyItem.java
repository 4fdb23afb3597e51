package nl.functiehuis.api;

import java.math.BigDecimal;
import java.time.Instant;
import nl.functiehuis.vacancy.SavedVacancy;
import nl.functiehuis.vacancy.Terms;
import nl.functiehuis.vacancy.VacancyStatus;
import org.jspecify.annotations.Nullable;

/** A vacancy in a list: enough to choose one. */
record VacancyItem(String id, String title, @Nullable String organisation, VacancyStatus status, @Nullable Integer scale,
        @Nullable BigDecimal tariffMin, @Nullable BigDecimal tariffMax, Instant createdAt, int revision, String self) {

    static VacancyItem of(SavedVacancy s) {
        Terms t = s.vacancy().terms();
        return new VacancyItem(s.id(), s.vacancy().title(), s.vacancy().organisation(), s.vacancy().status(), t.scale(),
                t.tariffMin(), t.tariffMax(), s.createdAt(), s.revision(), VacancyView.VACANCIES + s.id());
    }
}
