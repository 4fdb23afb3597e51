package nl.functiehuis.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.functiehuis.demo.DemoHouse;
import nl.functiehuis.evaluation.Candidates;
import nl.functiehuis.evaluation.Reviews;
import nl.functiehuis.house.FunctionProfiles;
import nl.functiehuis.house.Transactions;
import nl.functiehuis.vacancy.Vacancies;

/**
 * Fills an empty house with the demo house of the fictional Gemeente Voorbeeldstad and its demo vacancy with
 * candidates scored but not yet confirmed ({@link DemoEvaluation}), all in one transaction.
 */
public final class LoadDemo {
    private final FunctionProfiles profiles;
    private final LoadHouse load;
    private final DemoEvaluation evaluation;
    private final Transactions transactions;
    private final Clock clock;

    public LoadDemo(FunctionProfiles profiles, LoadHouse load, Vacancies vacancies, Candidates candidates,
            Reviews reviews, Transactions transactions, Clock clock) {
        this.profiles = profiles;
        this.load = load;
        this.evaluation = new DemoEvaluation(profiles, vacancies, candidates, reviews, transactions);
        this.transactions = transactions;
        this.clock = clock;
    }

    public boolean isEmpty() {
        return profiles.latestOfAll().isEmpty();
    }

    /** The id the demo vacancy gets. */
    public static String vacancyId() {
        return DemoEvaluation.vacancyId();
    }

    /** Loads the demo house and vacancy when the house has no profiles; returns whether it did. */
    public boolean loadIfEmpty() {
        return transactions.inTransaction(() -> {
            if (!isEmpty()) {
                return false;
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            load.load(DemoHouse.snapshot(now));
            evaluation.play(now);
            return true;
        });
    }
}
