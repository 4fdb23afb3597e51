package nl.functiehuis.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.functiehuis.application.EvaluateVacancy;
import nl.functiehuis.application.LoadDemo;
import nl.functiehuis.application.Scoring;
import nl.functiehuis.application.VacancyTeam;
import nl.functiehuis.application.Viewer;
import nl.functiehuis.evaluation.AuditLine;
import nl.functiehuis.evaluation.CandidateResult;
import nl.functiehuis.vacancy.VacancyStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo house comes with one vacancy whose candidates adviseur has scored: loaded through the use cases on
 * H2 and PostgreSQL, deterministic for a given load time, with its audit lines, and left for beoordelaar to
 * confirm.
 */
class DemoLoadIT {
    private static final Instant LOADED = Instant.parse("2026-02-20T14:00:00Z");

    record Loaded(String name, StoredHouse house, LoadDemo demo, EvaluateVacancy evaluate, JdbcReviews reviews) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<String> databases() {
        return Stream.of("H2", "PostgreSQL");
    }

    static Loaded on(String name) {
        DataSource dataSource = name.equals("H2") ? TestDatabases.h2() : TestDatabases.postgres();
        var house = StoredHouse.on(name, dataSource);
        var transactions = new SpringTransactions(new org.springframework.transaction.support.TransactionTemplate(
                new org.springframework.jdbc.datasource.DataSourceTransactionManager(dataSource)));
        var clock = Clock.fixed(LOADED, ZoneOffset.UTC);
        var candidates = new JdbcCandidates(house.jdbc());
        var reviews = new JdbcReviews(house.jdbc());
        var team = new VacancyTeam(house.vacancies(), reviews, transactions, clock);
        var evaluate = new EvaluateVacancy(team, candidates, reviews, new Scoring(team, reviews, transactions, clock),
                transactions, clock);
        var demo = new LoadDemo(house.profiles(), house.load(), house.vacancies(), candidates, reviews, transactions,
                clock);
        return new Loaded(name, house, demo, evaluate, reviews);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void ranksThreeDemoCandidatesAndExcludesTheOneAboveTheTariffMaximum(String database) {
        var db = on(database);

        assertThat(db.demo().loadIfEmpty()).isTrue();

        var vacancies = db.house().vacancies().list();
        assertThat(vacancies).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo(LoadDemo.vacancyId());
            assertThat(v.vacancy().profileCode()).isEqualTo("VS-2040");
            assertThat(v.vacancy().status()).isEqualTo(VacancyStatus.GESLOTEN);
            assertThat(v.author()).isEqualTo("adviseur");
            assertThat(v.revision()).isEqualTo(3);
        });
        var report = db.evaluate().report(LoadDemo.vacancyId(), Viewer.user("beoordelaar"));
        assertThat(report.evaluation().ranking())
                .extracting(r -> r.candidate().name(), CandidateResult.Ranked::total)
                .containsExactly(tuple("Sanne de Wit", new BigDecimal("86.66")),
                        tuple("Marloes Jansen", new BigDecimal("85.89")),
                        tuple("Youssef Amrani", new BigDecimal("78.46")));
        assertThat(report.evaluation().ranking()).allSatisfy(r -> assertThat(r.explanation()).isNotEmpty());
        assertThat(report.evaluation().excluded()).singleElement()
                .satisfies(e -> assertThat(e.reasons()).containsExactly("tarief € 64 boven maximum € 60"));
        assertThat(report.confirmed()).isFalse();
        assertThat(report.evaluation().blockers()).isEmpty();
        assertThat(report.team()).containsExactlyInAnyOrder("adviseur", "beoordelaar");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void writesAnAuditLineForEveryStepBeforeTheLoadTimeAndLetsTheSecondAssessorConfirm(String database) {
        var db = on(database);
        db.demo().loadIfEmpty();

        var lines = db.reviews().auditLines(LoadDemo.vacancyId());
        // team member, 4 candidates, 3 × (3 verdicts + 3 wishes + 5 competencies)
        assertThat(lines).hasSize(1 + 4 + 3 * 11);
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.actor()).isEqualTo("adviseur");
            assertThat(l.at()).isBefore(LOADED).isAfter(LOADED.minusSeconds(600));
        });
        assertThat(lines).extracting(AuditLine::at).isSorted().doesNotHaveDuplicates();
        assertThat(lines.getFirst().newValue()).isEqualTo("beoordelaar");

        var confirmation = db.evaluate().confirm(LoadDemo.vacancyId(), Viewer.user("beoordelaar"));

        assertThat(confirmation.assessor()).isEqualTo("beoordelaar");
        assertThat(db.evaluate().report(LoadDemo.vacancyId(), Viewer.anonymous()).confirmed()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void loadsTheSameIdsTimesAndScoresEveryTimeAndNothingIntoAHouseThatIsNotEmpty(String database) {
        var first = on(database);
        var second = on(database);
        first.demo().loadIfEmpty();
        second.demo().loadIfEmpty();

        assertThat(second.reviews().auditLines(LoadDemo.vacancyId()))
                .isEqualTo(first.reviews().auditLines(LoadDemo.vacancyId()));
        assertThat(second.evaluate().report(LoadDemo.vacancyId(), Viewer.operator("test")).evaluation())
                .isEqualTo(first.evaluate().report(LoadDemo.vacancyId(), Viewer.operator("test")).evaluation());
        assertThat(first.demo().loadIfEmpty()).isFalse();
        assertThat(first.house().vacancies().list()).hasSize(1);
    }
}
