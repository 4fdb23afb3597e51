package nl.functiehuis.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.application.CandidateDraft;
import nl.functiehuis.application.EvaluationRefused;
import nl.functiehuis.application.Viewer;
import nl.functiehuis.evaluation.PriceBand;
import nl.functiehuis.evaluation.PriceMethod;
import nl.functiehuis.evaluation.Review;
import nl.functiehuis.evaluation.ScoringSettings;
import nl.functiehuis.evaluation.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Candidates, scores, settings, team, confirmations and audit behave the same on H2 and PostgreSQL. */
class EvaluationStorageIT {
    private static final Viewer ADVISEUR = Viewer.user("adviseur");
    private static final Viewer BEOORDELAAR = Viewer.user("beoordelaar");

    static Stream<StoredEvaluation> databases() {
        return Stream.of(StoredEvaluation.on("H2", TestDatabases.h2()),
                StoredEvaluation.on("PostgreSQL", TestDatabases.postgres()));
    }

    static CandidateDraft draft(String name, String rate) {
        return new CandidateDraft(name, "Inhuur BV", new BigDecimal(rate), "per 1 oktober", "cv van " + name,
                Map.of(1, "diploma 2019", 2, "twee jaar"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesCandidatesWithEvidenceAndScoresLosslessly(StoredEvaluation db) {
        var added = db.add().add(StoredEvaluation.VACANCY, List.of(draft("Anna", "25.50"), draft("Bram", "30")),
                ADVISEUR);
        String anna = added.getFirst().id();
        db.score().verdict(anna, 1, Verdict.VOLDAAN, null, ADVISEUR);
        db.score().verdict(anna, 2, Verdict.ONDUIDELIJK, "periode niet vermeld", ADVISEUR);
        db.score().wish(anna, 1, new BigDecimal("17.5"), "ruim", ADVISEUR);
        db.score().competency(anna, 2, new BigDecimal("4"), null, ADVISEUR);

        assertThat(db.candidates().ofVacancy(StoredEvaluation.VACANCY)).isEqualTo(added);
        var scores = db.candidates().scores(StoredEvaluation.VACANCY).getFirst();
        assertThat(scores.candidate().hourlyRate()).isEqualByComparingTo("25.50");
        assertThat(scores.verdicts()).extracting(v -> v.verdict()).containsExactly(Verdict.VOLDAAN, Verdict.ONDUIDELIJK);
        assertThat(scores.wishScores().getFirst().points()).isEqualByComparingTo("17.5");
        assertThat(scores.wishScores().getFirst().comment()).isEqualTo("ruim");
        assertThat(scores.competencyScores().getFirst().assessor()).isEqualTo("adviseur");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void addsNoCandidateWhenOneOfTheBatchIsInvalid(StoredEvaluation db) {
        var bad = new CandidateDraft("Cor", "Inhuur BV", new BigDecimal("28"), null, null, Map.of(3, "?"));

        assertThatThrownBy(() -> db.add().add(StoredEvaluation.VACANCY, List.of(draft("Anna", "25"), bad), ADVISEUR))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("[1].evidence.3"));
        assertThat(db.rows("candidate")).isZero();
        assertThat(db.rows("evaluation_audit")).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void auditsEveryChangeWithOldAndNewValue(StoredEvaluation db) {
        String anna = db.add().add(StoredEvaluation.VACANCY, List.of(draft("Anna", "25")), ADVISEUR).getFirst().id();
        db.score().wish(anna, 2, new BigDecimal("6"), null, ADVISEUR);
        db.later(5);
        db.score().wish(anna, 2, new BigDecimal("8"), "na gesprek", ADVISEUR);

        var last = db.reviews().auditLines(StoredEvaluation.VACANCY).getLast();
        assertThat(last.actor()).isEqualTo("adviseur");
        assertThat(last.what()).isEqualTo("wens 2 door adviseur");
        assertThat(last.oldValue()).isEqualTo("6,00");
        assertThat(last.newValue()).isEqualTo("8,00 (na gesprek)");
        assertThat(last.at()).isEqualTo(StoredEvaluation.START.plusSeconds(300));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keepsOutsidersOfTheTeamAway(StoredEvaluation db) {
        assertThatThrownBy(() -> db.add().add(StoredEvaluation.VACANCY, List.of(draft("Anna", "25")), BEOORDELAAR))
                .isInstanceOf(EvaluationRefused.class);
        db.add().add(StoredEvaluation.VACANCY, List.of(draft("Anna", "25")), ADVISEUR);

        assertThat(db.add().list(StoredEvaluation.VACANCY, BEOORDELAAR)).singleElement()
                .satisfies(row -> {
                    assertThat(row.label()).isEqualTo("Kandidaat 1");
                    assertThat(row.personal()).isNull();
                });
        db.team().add(StoredEvaluation.VACANCY, "beoordelaar", ADVISEUR);
        assertThat(db.add().list(StoredEvaluation.VACANCY, BEOORDELAAR).getFirst().label()).isEqualTo("Anna");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void reportsTheTeamAuthorFirstThenInTheOrderAdded(StoredEvaluation db) {
        List<String> added = List.of("zwart", "moes", "bakker", "ypma", "claes", "xander");
        for (String user : added) {
            db.now().set(db.now().get().plusSeconds(60));
            db.team().add(StoredEvaluation.VACANCY, user, ADVISEUR);
        }

        assertThat(db.evaluate().report(StoredEvaluation.VACANCY, ADVISEUR).team())
                .containsExactly("adviseur", "zwart", "moes", "bakker", "ypma", "claes", "xander");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesScoringSettingsWithBands(StoredEvaluation db) {
        var table = new ScoringSettings(PriceMethod.POINTS_TABLE, List.of(new PriceBand(new BigDecimal("25"),
                new BigDecimal("100")), new PriceBand(new BigDecimal("35"), new BigDecimal("20"))), 12, 5, 2);
        db.scoring().save(StoredEvaluation.VACANCY, table, ADVISEUR);

        var stored = db.scoring().settings(StoredEvaluation.VACANCY);
        assertThat(stored.priceMethod()).isEqualTo(PriceMethod.POINTS_TABLE);
        assertThat(stored.bands()).extracting(b -> b.points().intValue()).containsExactly(100, 20);
        assertThat(stored.defaultWishPoints()).isEqualTo(12);
        assertThat(db.reviews().auditLines(StoredEvaluation.VACANCY).getLast().what()).isEqualTo("scoringsinstellingen");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void reopensTheConfirmationWhenAScoreChangesAndAuditsIt(StoredEvaluation db) {
        String anna = db.add().add(StoredEvaluation.VACANCY, List.of(draft("Anna", "25")), ADVISEUR).getFirst().id();
        db.score().verdict(anna, 1, Verdict.VOLDAAN, null, ADVISEUR);
        db.score().verdict(anna, 2, Verdict.VOLDAAN, null, ADVISEUR);
        db.score().wish(anna, 1, new BigDecimal("15"), null, ADVISEUR);
        db.team().add(StoredEvaluation.VACANCY, "beoordelaar", ADVISEUR);

        assertThatThrownBy(() -> db.evaluate().confirm(StoredEvaluation.VACANCY, ADVISEUR))
                .isInstanceOf(EvaluationRefused.class).hasMessageContaining("tweede beoordelaar");
        db.evaluate().confirm(StoredEvaluation.VACANCY, BEOORDELAAR);
        assertThat(db.evaluate().report(StoredEvaluation.VACANCY, ADVISEUR).review()).isInstanceOf(Review.Confirmed.class);

        db.later(10);
        db.score().wish(anna, 1, new BigDecimal("18"), "bijgesteld", ADVISEUR);

        var report = db.evaluate().report(StoredEvaluation.VACANCY, ADVISEUR);
        assertThat(report.review()).isInstanceOfSatisfying(Review.Open.class,
                open -> assertThat(open.stale()).isNotNull());
        var line = report.audit().getLast();
        assertThat(List.of(line.actor(), line.what(), line.oldValue(), line.newValue()))
                .containsExactly("adviseur", "wens 1 door adviseur", "15,00", "18,00 (bijgesteld)");
    }
}
