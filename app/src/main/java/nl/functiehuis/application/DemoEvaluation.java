package nl.functiehuis.application;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.functiehuis.demo.DemoOffers;
import nl.functiehuis.demo.DemoOffers.Offer;
import nl.functiehuis.demo.DemoVacancy;
import nl.functiehuis.evaluation.Candidate;
import nl.functiehuis.evaluation.Candidates;
import nl.functiehuis.evaluation.Reviews;
import nl.functiehuis.evaluation.Verdict;
import nl.functiehuis.house.FunctionProfiles;
import nl.functiehuis.house.Transactions;
import nl.functiehuis.vacancy.Vacancies;
import nl.functiehuis.vacancy.Vacancy;
import nl.functiehuis.vacancy.VacancyStatus;

/**
 * Plays the demo vacancy into a house that has just received the demo house, through the use cases a recruiter
 * uses: {@code adviseur} creates it from VS-2040, publishes and closes it, adds {@code beoordelaar} to the team,
 * adds the offers and judges and scores them. The ranking is left for the second assessor to confirm. Ids
 * derive from fixed names; every step happens at a fixed time in the ten minutes before the load.
 */
final class DemoEvaluation {
    static final Duration LEAD = Duration.ofMinutes(10);
    private static final Duration STEP = Duration.ofSeconds(10);

    private final DemoClock clock = new DemoClock(Instant.EPOCH);
    private final AtomicInteger candidateNumber = new AtomicInteger();
    private final CreateVacancy create;
    private final EditVacancy edit;
    private final VacancyTeam team;
    private final AddCandidates add;
    private final ScoreCandidate score;

    DemoEvaluation(FunctionProfiles profiles, Vacancies vacancies, Candidates candidates, Reviews reviews,
            Transactions transactions) {
        create = new CreateVacancy(profiles, vacancies, transactions, clock, () -> id("vacature"));
        edit = new EditVacancy(vacancies, profiles, candidates, transactions, clock);
        team = new VacancyTeam(vacancies, reviews, transactions, clock);
        add = new AddCandidates(team, candidates, reviews, transactions, clock,
                () -> id("kandidaat/" + candidateNumber.incrementAndGet()));
        score = new ScoreCandidate(team, candidates, reviews, new Scoring(team, reviews, transactions, clock),
                transactions, clock);
    }

    /** The id the demo vacancy gets. */
    static String vacancyId() {
        return id("vacature");
    }

    /** Runs every step; {@code loadedAt} is when the demo house was saved. */
    void play(Instant loadedAt) {
        var steps = new Steps(loadedAt.minus(LEAD));
        Viewer recruiter = Viewer.user(DemoVacancy.RECRUITER);
        steps.next();
        String id = create.create(DemoVacancy.vacancy(), DemoVacancy.RECRUITER).id();
        steps.next();
        edit.edit(id, withStatus(DemoVacancy.vacancy(), VacancyStatus.GEPUBLICEERD), 1, DemoVacancy.RECRUITER);
        steps.next();
        team.add(id, DemoVacancy.SECOND_ASSESSOR, recruiter);
        List<Offer> offers = DemoOffers.all();
        List<Candidate> offered = new ArrayList<>();
        for (Offer o : offers) {
            steps.next();
            offered.add(add.add(id, List.of(draft(o)), recruiter).getFirst());
        }
        steps.next();
        edit.edit(id, withStatus(DemoVacancy.vacancy(), VacancyStatus.GESLOTEN), 2, DemoVacancy.RECRUITER);
        for (int i = 0; i < offers.size(); i++) {
            if (offers.get(i).judged()) {
                judge(offered.get(i).id(), offers.get(i), recruiter, steps);
            }
        }
    }

    private void judge(String candidateId, Offer o, Viewer recruiter, Steps steps) {
        for (int n = 1; n <= o.evidence().size(); n++) {
            steps.next();
            score.verdict(candidateId, n, Verdict.VOLDAAN, null, recruiter);
        }
        for (int n = 1; n <= o.wishes().size(); n++) {
            steps.next();
            var p = o.wishes().get(n - 1);
            score.wish(candidateId, n, p.points(), p.comment(), recruiter);
        }
        for (int n = 1; n <= o.competencies().size(); n++) {
            steps.next();
            var p = o.competencies().get(n - 1);
            score.competency(candidateId, n, p.points(), p.comment(), recruiter);
        }
    }

    private static CandidateDraft draft(Offer o) {
        Map<Integer, String> evidence = new HashMap<>();
        for (int n = 1; n <= o.evidence().size(); n++) {
            evidence.put(n, o.evidence().get(n - 1));
        }
        return new CandidateDraft(o.name(), o.supplier(), o.rate(), o.availability(), o.cv(), evidence);
    }

    private static Vacancy withStatus(Vacancy v, VacancyStatus status) {
        return new Vacancy(v.title(), v.organisation(), v.department(), v.profileCode(), v.profileVersion(), status,
                v.terms(), v.intro(), v.tasks(), v.requirements(), v.wishes(), v.competencies(), v.aboutDepartment(),
                v.aboutOrganisation());
    }

    private static String id(String name) {
        return UUID.nameUUIDFromBytes(("functiehuis-demo/" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Moves the clock one step on from where the demo starts. */
    private final class Steps {
        private Instant at;

        Steps(Instant start) {
            at = start.minus(STEP);
        }

        void next() {
            at = at.plus(STEP);
            clock.set(at);
        }
    }
}
