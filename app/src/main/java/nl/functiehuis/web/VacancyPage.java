package nl.functiehuis.web;

import java.util.List;
import java.util.Locale;
import nl.functiehuis.vacancy.SavedVacancy;
import nl.functiehuis.vacancy.TermsText;
import nl.functiehuis.vacancy.Vacancy;

/** What the vacancy pages show of one vacancy: the stored vacancy and its terms in words. */
record VacancyPage(SavedVacancy saved, Vacancy v, List<TermsText.Line> terms, String scale, String tariff,
        String weights, String duration, String verification, long futureTasks) {

    static VacancyPage of(SavedVacancy saved) {
        Vacancy v = saved.vacancy();
        var t = v.terms();
        return new VacancyPage(saved, v, TermsText.lines(t), TermsText.scale(t), TermsText.tariff(t),
                TermsText.weights(t), TermsText.duration(t), TermsText.verification(t),
                v.tasks().stream().filter(task -> task.future()).count());
    }

    public String id() {
        return saved.id();
    }

    public String statusClass() {
        return "status-vacancy-" + v.status().name().toLowerCase(Locale.ROOT);
    }
}
