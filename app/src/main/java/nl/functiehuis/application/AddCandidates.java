package nl.functiehuis.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import nl.functiehuis.evaluation.Amounts;
import nl.functiehuis.evaluation.AuditLine;
import nl.functiehuis.evaluation.Candidate;
import nl.functiehuis.evaluation.Candidates;
import nl.functiehuis.evaluation.Reviews;
import nl.functiehuis.house.Transactions;

/** Adds the candidates a supplier offers: all of them or, when any is invalid, none. */
public final class AddCandidates {
    private final VacancyTeam team;
    private final Candidates candidates;
    private final Reviews reviews;
    private final Transactions transactions;
    private final Clock clock;
    private final Supplier<String> ids;

    public AddCandidates(VacancyTeam team, Candidates candidates, Reviews reviews, Transactions transactions,
            Clock clock, Supplier<String> ids) {
        this.team = team;
        this.candidates = candidates;
        this.reviews = reviews;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * Checks every draft, then stores them in one transaction. Problems name the draft as {@code [i].field}
     * when more than one is sent, else as {@code field}.
     */
    public List<Candidate> add(String vacancyId, List<CandidateDraft> drafts, Viewer viewer) {
        return add(vacancyId, drafts, viewer, i -> drafts.size() == 1 ? "" : "[" + i + "].");
    }

    /** As {@link #add(String, List, Viewer)}, naming draft {@code i}'s fields after {@code place.apply(i)}. */
    public List<Candidate> add(String vacancyId, List<CandidateDraft> drafts, Viewer viewer, IntFunction<String> place) {
        var vacancy = team.vacancy(vacancyId);
        team.requireMember(viewer, vacancyId);
        int requirements = vacancy.vacancy().requirements().size();
        List<Candidate> made = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            String prefix = place.apply(i);
            made.add(drafts.get(i).toCandidate(ids.get(), vacancyId, requirements, prefix));
        }
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            for (Candidate c : made) {
                candidates.add(c, viewer.name(), now);
                reviews.audit(new AuditLine(vacancyId, c.id(), viewer.name(), now, "kandidaat toegevoegd", null,
                        c.name() + " (" + c.supplier() + ", " + Amounts.euro(c.hourlyRate()) + " per uur)"));
            }
            return made;
        });
    }

    /** The vacancy's candidates as the viewer may see them. */
    public List<CandidateRow> list(String vacancyId, Viewer viewer) {
        team.vacancy(vacancyId);
        boolean personal = team.sees(viewer, vacancyId);
        List<Candidate> all = candidates.ofVacancy(vacancyId);
        List<CandidateRow> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            rows.add(CandidateRow.of(all.get(i), i + 1, personal));
        }
        return rows;
    }
}
