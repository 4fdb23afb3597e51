package nl.functiehuis.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.Supplier;
import nl.functiehuis.house.FunctionProfiles;
import nl.functiehuis.house.InvalidInput;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.house.Transactions;
import nl.functiehuis.vacancy.ProfileVacancy;
import nl.functiehuis.vacancy.SavedVacancy;
import nl.functiehuis.vacancy.Vacancies;
import nl.functiehuis.vacancy.Vacancy;
import nl.functiehuis.vacancy.VacancyStatus;
import org.jspecify.annotations.Nullable;

/**
 * Creates a vacancy as a concept: prefilled from a profile version (see {@link ProfileVacancy}), or whole as
 * given. A profile the vacancy names must exist in that version. Refused input changes nothing.
 */
public final class CreateVacancy {
    private final FunctionProfiles profiles;
    private final Vacancies vacancies;
    private final Transactions transactions;
    private final Clock clock;
    private final Supplier<String> ids;

    public CreateVacancy(FunctionProfiles profiles, Vacancies vacancies, Transactions transactions, Clock clock,
            Supplier<String> ids) {
        this.profiles = profiles;
        this.vacancies = vacancies;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    /** From the given version of a profile (a level code picks that level of a family), or its latest version. */
    public SavedVacancy fromProfile(String code, @Nullable Integer version, String author) {
        ProfileVersion source = VacancyProfiles.find(profiles, code, version, "profile", "version");
        return store(ProfileVacancy.from(source.profile(), source.number(), code), author);
    }

    /** A whole vacancy; it starts as a concept. */
    public SavedVacancy create(Vacancy vacancy, String author) {
        if (vacancy.status() != VacancyStatus.CONCEPT) {
            throw new InvalidInput("status", "een nieuwe vacature begint als concept, niet als "
                    + vacancy.status().label().toLowerCase(Locale.ROOT));
        }
        VacancyProfiles.check(profiles, vacancy);
        return store(vacancy, author);
    }

    private SavedVacancy store(Vacancy vacancy, String author) {
        var saved = new SavedVacancy(ids.get(), vacancy, null, author, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        transactions.inTransaction(() -> {
            vacancies.save(saved);
            return saved;
        });
        return saved;
    }
}
