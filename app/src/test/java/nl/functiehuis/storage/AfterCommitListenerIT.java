package nl.functiehuis.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.demo.DemoHouse;
import nl.functiehuis.house.HouseChange;
import nl.functiehuis.house.ProfileVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Changes reach the listener's target once per committed transaction, never after a rollback. */
class AfterCommitListenerIT {
    final List<HouseChange> delivered = new ArrayList<>();
    final AfterCommitListener listener = new AfterCommitListener(delivered::add);
    final TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(TestDatabases.h2()));
    final List<ProfileVersion> versions = DemoHouse.snapshot(Instant.parse("2026-01-01T00:00:00Z")).profiles();

    @Test
    void handsOnTheChangesOfATransactionOnceItCommits() {
        transactions.executeWithoutResult(status -> {
            listener.saved(versions.get(0));
            listener.saved(versions.get(1));
            listener.referenceDataChanged();
            assertThat(delivered).isEmpty();
        });

        assertThat(delivered).containsExactly(new HouseChange(versions.subList(0, 2), true));
    }

    @Test
    void handsOnNothingAfterARollback() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            listener.saved(versions.get(0));
            throw new IllegalStateException("import failed");
        })).hasMessage("import failed");

        transactions.executeWithoutResult(status -> listener.saved(versions.get(1)));

        assertThat(delivered).containsExactly(new HouseChange(List.of(versions.get(1)), false));
    }

    @Test
    void handsOnAtOnceOutsideATransaction() {
        listener.saved(versions.get(0));

        assertThat(delivered).containsExactly(new HouseChange(List.of(versions.get(0)), false));
    }
}
