package nl.functiehuis.application;

import java.time.Clock;
import java.time.Instant;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.evaluation.AuditLine;
import nl.functiehuis.evaluation.PriceMethod;
import nl.functiehuis.evaluation.Reviews;
import nl.functiehuis.evaluation.ScoringSettings;
import nl.functiehuis.house.Transactions;
import nl.functiehuis.vacancy.Terms;

/** A vacancy's scoring settings: the stored ones, else {@link ScoringSettings#standard()}; changes are audited. */
public final class Scoring {
    private final VacancyTeam team;
    private final Reviews reviews;
    private final Transactions transactions;
    private final Clock clock;

    public Scoring(VacancyTeam team, Reviews reviews, Transactions transactions, Clock clock) {
        this.team = team;
        this.reviews = reviews;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ScoringSettings settings(String vacancyId) {
        return reviews.settings(vacancyId).orElseGet(ScoringSettings::standard);
    }

    public void save(String vacancyId, ScoringSettings next, Viewer viewer) {
        Terms terms = team.vacancy(vacancyId).vacancy().terms();
        team.requireMember(viewer, vacancyId);
        if (next.priceMethod() == PriceMethod.LINEAR_RANGE && (terms.tariffMin() == null || terms.tariffMax() == null)) {
            throw new InvalidValue("priceMethod", "lineair over de tariefrange kan alleen als de vacature een minimum-"
                    + " en maximumtarief noemt");
        }
        ScoringSettings old = settings(vacancyId);
        if (old.equals(next)) {
            return;
        }
        Instant now = clock.instant();
        transactions.inTransaction(() -> {
            reviews.saveSettings(vacancyId, next);
            reviews.audit(new AuditLine(vacancyId, null, viewer.name(), now, "scoringsinstellingen", describe(old),
                    describe(next)));
            return null;
        });
    }

    static String describe(ScoringSettings s) {
        String bands = s.bands().stream().map(b -> "tot " + b.upTo().toPlainString() + ": " + b.points().toPlainString())
                .reduce((a, b) -> a + ", " + b).map(b -> " [" + b + "]").orElse("");
        return s.priceMethod().label() + bands + "; wens zonder maximum " + s.defaultWishPoints()
                + "; competentie 0-" + s.competencyPoints() + "; uitnodigen " + s.invite();
    }
}
