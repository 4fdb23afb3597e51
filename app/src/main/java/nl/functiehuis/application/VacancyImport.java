package nl.functiehuis.application;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import nl.functiehuis.json.HouseJson;
import nl.functiehuis.vacancy.SavedVacancy;
import nl.functiehuis.vacancy.Vacancies;
import nl.functiehuis.vacancy.Vacancy;

/**
 * Stores a document's vacancy drafts. One identical to a vacancy already read from a document of the
 * same name is left alone; any other is stored as a new vacancy, and an earlier one is kept (it may
 * already be in use), which the report says.
 */
final class VacancyImport {
    private final Vacancies vacancies;
    private final HouseJson json;
    private final Supplier<String> ids;

    VacancyImport(Vacancies vacancies, HouseJson json, Supplier<String> ids) {
        this.vacancies = vacancies;
        this.json = json;
        this.ids = ids;
    }

    void store(List<Vacancy> drafts, String source, String author, Instant now, ImportLog log) {
        if (drafts.isEmpty()) {
            return;
        }
        List<SavedVacancy> earlier = vacancies.fromSource(source);
        for (Vacancy draft : drafts) {
            String body = json.write(draft);
            var same = earlier.stream().filter(v -> json.write(v.vacancy()).equals(body)).findFirst();
            if (same.isPresent()) {
                log.item(ImportOutcome.Type.VACANCY, same.get().id(), draft.title(), ImportOutcome.Action.UNCHANGED, null);
                continue;
            }
            var saved = new SavedVacancy(ids.get(), draft, source, author, now);
            vacancies.save(saved);
            log.item(ImportOutcome.Type.VACANCY, saved.id(), draft.title(), ImportOutcome.Action.CREATED, null);
            if (!earlier.isEmpty()) {
                log.info("vacature " + draft.title(), "eerder uit " + source + " gelezen vacatures blijven bewaard ("
                        + earlier.size() + "); deze is als nieuwe vacature opgeslagen");
            }
        }
    }
}
