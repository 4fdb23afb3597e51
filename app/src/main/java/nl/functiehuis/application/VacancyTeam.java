package nl.functiehuis.application;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.functiehuis.Checks;
import nl.functiehuis.evaluation.AuditLine;
import nl.functiehuis.evaluation.Reviews;
import nl.functiehuis.house.Transactions;
import nl.functiehuis.vacancy.SavedVacancy;
import nl.functiehuis.vacancy.Vacancies;

/**
 * The simple role model: a vacancy's team is whoever created or imported it plus the users a member (or the
 * local operator) added. Only the team sees candidates' personal data and may add, score or confirm.
 */
public final class VacancyTeam {
    private final Vacancies vacancies;
    private final Reviews reviews;
    private final Transactions transactions;
    private final Clock clock;

    public VacancyTeam(Vacancies vacancies, Reviews reviews, Transactions transactions, Clock clock) {
        this.vacancies = vacancies;
        this.reviews = reviews;
        this.transactions = transactions;
        this.clock = clock;
    }

    public SavedVacancy vacancy(String vacancyId) {
        return vacancies.find(vacancyId)
                .orElseThrow(() -> new EvaluationNotFound("geen vacature met id " + vacancyId));
    }

    /** The author first, then the added members. */
    public Set<String> members(String vacancyId) {
        Set<String> members = new LinkedHashSet<>();
        members.add(vacancy(vacancyId).author());
        members.addAll(reviews.team(vacancyId));
        return members;
    }

    public boolean sees(Viewer viewer, String vacancyId) {
        return viewer.operator() || viewer.user() != null && members(vacancyId).contains(viewer.user());
    }

    /** Throws unless the viewer is the operator or in the team. */
    public void requireMember(Viewer viewer, String vacancyId) {
        if (!sees(viewer, vacancyId)) {
            throw EvaluationRefused.notInTeam(viewer.name());
        }
    }

    public void add(String vacancyId, String user, Viewer by) {
        String name = Checks.text(user, "gebruiker");
        requireMember(by, vacancyId);
        transactions.inTransaction(() -> {
            if (!members(vacancyId).contains(name)) {
                var now = clock.instant();
                reviews.addMember(vacancyId, name, by.name(), now);
                reviews.audit(new AuditLine(vacancyId, null, by.name(), now, "teamlid toegevoegd", null, name));
            }
            return null;
        });
    }
}
