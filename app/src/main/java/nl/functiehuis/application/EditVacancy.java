package nl.functiehuis.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.functiehuis.house.FunctionProfiles;
import nl.functiehuis.house.InvalidInput;
import nl.functiehuis.house.Transactions;
import nl.functiehuis.vacancy.SavedVacancy;
import nl.functiehuis.vacancy.StaleVacancy;
import nl.functiehuis.vacancy.Vacancies;
import nl.functiehuis.vacancy.Vacancy;
import nl.functiehuis.vacancy.VacancyStatus;

/**
 * Saves an edited vacancy as its next revision. Refuses, changing nothing, an edit based on an older revision
 * ({@link StaleVacancy}), a status step the vacancy cannot take, a change to an awarded vacancy other than
 * taking the award back, and a profile version that does not exist ({@link InvalidInput}).
 */
public final class EditVacancy {
    private final Vacancies vacancies;
    private final FunctionProfiles profiles;
    private final Transactions transactions;
    private final Clock clock;

    public EditVacancy(Vacancies vacancies, FunctionProfiles profiles, Transactions transactions, Clock clock) {
        this.vacancies = vacancies;
        this.profiles = profiles;
        this.transactions = transactions;
        this.clock = clock;
    }

    public SavedVacancy edit(String id, Vacancy changed, int basedOn, String editor) {
        return transactions.inTransaction(() -> {
            SavedVacancy stored = vacancies.find(id)
                    .orElseThrow(() -> new InvalidInput("id", "geen vacature met id '" + id + "'"));
            if (stored.revision() != basedOn) {
                throw new StaleVacancy(id, basedOn, stored.revision());
            }
            checkStatus(stored.vacancy(), changed);
            VacancyProfiles.check(profiles, changed);
            SavedVacancy next = stored.edited(changed, editor, clock.instant().truncatedTo(ChronoUnit.MILLIS));
            vacancies.update(next);
            return next;
        });
    }

    private static void checkStatus(Vacancy stored, Vacancy changed) {
        VacancyStatus from = stored.status();
        VacancyStatus to = changed.status();
        if (!from.canBecome(to)) {
            throw new InvalidInput("status", "een vacature die " + name(from) + " is kan niet " + name(to)
                    + " worden; toegestaan: " + from.reachable().stream().map(EditVacancy::name)
                            .collect(Collectors.joining(", ")));
        }
        if (from == VacancyStatus.GEGUND && to == VacancyStatus.GEGUND && !stored.equals(changed)) {
            throw new InvalidInput("status", "een gegunde vacature wordt niet meer gewijzigd;"
                    + " zet haar eerst terug op gesloten als de gunning wordt ingetrokken");
        }
    }

    private static String name(VacancyStatus status) {
        return status.label().toLowerCase(Locale.ROOT);
    }
}
