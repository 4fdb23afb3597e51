package nl.functiehuis.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.Objects;
import java.util.function.Function;
import nl.functiehuis.evaluation.Candidates;
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
 * taking the award back, a profile version that does not exist, and — once candidates have been offered — a
 * change to what they are judged on: eisen, wensen, competencies, tariff range and weights ({@link InvalidInput}).
 * Scores point at eisen, wensen and competencies by their place, and offers were made on those terms.
 */
public final class EditVacancy {
    private final Vacancies vacancies;
    private final FunctionProfiles profiles;
    private final Candidates candidates;
    private final Transactions transactions;
    private final Clock clock;

    public EditVacancy(Vacancies vacancies, FunctionProfiles profiles, Candidates candidates,
            Transactions transactions, Clock clock) {
        this.vacancies = vacancies;
        this.profiles = profiles;
        this.candidates = candidates;
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
            if (!candidates.ofVacancy(id).isEmpty()) {
                checkOffersTerms(stored.vacancy(), changed);
            }
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

    private static void checkOffersTerms(Vacancy stored, Vacancy changed) {
        fixed(stored, changed, "requirements", "de eisen", Vacancy::requirements);
        fixed(stored, changed, "wishes", "de wensen", Vacancy::wishes);
        fixed(stored, changed, "competencies", "de competenties", Vacancy::competencies);
        fixed(stored, changed, "terms.tariffMin", "het minimumtarief", v -> v.terms().tariffMin());
        fixed(stored, changed, "terms.tariffMax", "het maximumtarief", v -> v.terms().tariffMax());
        fixed(stored, changed, "terms.pricePercent", "de prijsweging", v -> v.terms().pricePercent());
        fixed(stored, changed, "terms.qualityPercent", "de kwaliteitsweging", v -> v.terms().qualityPercent());
    }

    private static void fixed(Vacancy stored, Vacancy changed, String field, String what,
            Function<Vacancy, ?> part) {
        Object before = part.apply(stored);
        Object after = part.apply(changed);
        boolean same = before instanceof BigDecimal b && after instanceof BigDecimal a
                ? b.compareTo(a) == 0 : Objects.equals(before, after);
        if (!same) {
            throw new InvalidInput(field, "er zijn al kandidaten aangeboden op deze vacature; " + what
                    + " liggen vast, want de aanbiedingen en beoordelingen rusten erop");
        }
    }

    private static String name(VacancyStatus status) {
        return status.label().toLowerCase(Locale.ROOT);
    }
}
