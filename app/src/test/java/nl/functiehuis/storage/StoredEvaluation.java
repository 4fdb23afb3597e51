package nl.functiehuis.storage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import nl.functiehuis.application.AddCandidates;
import nl.functiehuis.application.CandidateCvFiles;
import nl.functiehuis.application.EvaluateVacancy;
import nl.functiehuis.application.ScoreCandidate;
import nl.functiehuis.application.Scoring;
import nl.functiehuis.application.VacancyTeam;
import nl.functiehuis.json.HouseJson;
import nl.functiehuis.vacancy.AskedCompetency;
import nl.functiehuis.vacancy.Requirement;
import nl.functiehuis.vacancy.SavedVacancy;
import nl.functiehuis.vacancy.Terms;
import nl.functiehuis.vacancy.Vacancy;
import nl.functiehuis.vacancy.VacancyStatus;
import nl.functiehuis.vacancy.Wish;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The evaluation storage and use cases over one migrated test database, wired by hand as the application
 * does, with one vacancy (author "adviseur"; 2 eisen, 2 wensen, 2 competencies; € 23–35; 30/70) and a clock
 * the test moves on.
 */
public record StoredEvaluation(String name, JdbcCandidates candidates, JdbcReviews reviews, VacancyTeam team,
        Scoring scoring, AddCandidates add, ScoreCandidate score, EvaluateVacancy evaluate, CandidateCvFiles cvFiles,
        JdbcClient jdbc, AtomicReference<Instant> now) {

    public static final String VACANCY = "vac-1";
    public static final Instant START = Instant.parse("2026-09-21T09:00:00Z");

    public static StoredEvaluation on(String name, DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).load().migrate();
        var jdbc = JdbcClient.create(dataSource);
        var transactions = new SpringTransactions(new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        var now = new AtomicReference<>(START);
        var clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        var vacancies = new JdbcVacancies(jdbc, new HouseJson());
        vacancies.save(new SavedVacancy(VACANCY, vacancy(), null, "adviseur", START));
        var candidates = new JdbcCandidates(jdbc);
        var reviews = new JdbcReviews(jdbc);
        var team = new VacancyTeam(vacancies, reviews, transactions, clock);
        var scoring = new Scoring(team, reviews, transactions, clock);
        var ids = new AtomicInteger();
        var add = new AddCandidates(team, candidates, reviews, transactions, clock, () -> "cand-" + ids.incrementAndGet());
        return new StoredEvaluation(name, candidates, reviews, team, scoring, add,
                new ScoreCandidate(team, candidates, reviews, scoring, transactions, clock),
                new EvaluateVacancy(team, candidates, reviews, scoring, transactions, clock),
                new CandidateCvFiles(add, team, candidates, new JdbcCvFiles(jdbc), reviews, transactions, clock), jdbc,
                now);
    }

    static Vacancy vacancy() {
        var terms = new Terms(null, null, null, 2, 36, 6, null, null, 6, new java.math.BigDecimal("23"),
                new java.math.BigDecimal("35"), 30, 70, null, 39);
        return new Vacancy("Medewerker archief", "Gemeente Voorbeeld", null, null, null, VacancyStatus.CONCEPT, terms,
                null, List.of(),
                List.of(new Requirement("Diploma mbo 4", Requirement.Kind.EDUCATION, 4, null, null, null, null),
                        new Requirement("Ervaring met archiveren", Requirement.Kind.EXPERIENCE, null, 1, 3, 3, null)),
                List.of(new Wish("Kennis van zaaksystemen", null, 20, null), new Wish("Kennis van de Archiefwet",
                        null, null, null)),
                List.of(new AskedCompetency("Nauwkeurigheid", null, null), new AskedCompetency("Samenwerken", null,
                        null)), null, null);
    }

    public void later(long minutes) {
        now.set(now.get().plusSeconds(60 * minutes));
    }

    int rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    @Override
    public String toString() {
        return name;
    }
}
