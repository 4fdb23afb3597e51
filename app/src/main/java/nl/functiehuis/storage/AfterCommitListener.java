package nl.functiehuis.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.functiehuis.house.HouseChange;
import nl.functiehuis.house.HouseListener;
import nl.functiehuis.house.ProfileVersion;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Collects what a database transaction stores and hands it on as one {@link HouseChange} once the
 * transaction has committed; after a rollback nothing is handed on. Outside a transaction each change is
 * handed on at once.
 */
public final class AfterCommitListener implements HouseListener {
    private final Consumer<HouseChange> target;

    public AfterCommitListener(Consumer<HouseChange> target) {
        this.target = target;
    }

    @Override
    public void saved(ProfileVersion version) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            pending().versions.add(version);
        } else {
            target.accept(new HouseChange(List.of(version), false));
        }
    }

    @Override
    public void referenceDataChanged() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            pending().referenceData = true;
        } else {
            target.accept(new HouseChange(List.of(), true));
        }
    }

    private Pending pending() {
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        return pending;
    }

    /** The changes of one transaction. */
    private final class Pending implements TransactionSynchronization {
        final List<ProfileVersion> versions = new ArrayList<>();
        boolean referenceData;

        @Override
        public void afterCommit() {
            target.accept(new HouseChange(versions, referenceData));
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(AfterCommitListener.this);
        }
    }
}
