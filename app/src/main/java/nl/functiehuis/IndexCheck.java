package nl.functiehuis;

import java.lang.System.Logger.Level;
import java.util.function.BooleanSupplier;

/**
 * One periodic check of the search index: refresh it when stale, then tell whoever keeps answers. A
 * failure is logged and the next run tries again; an exception escaping a run would stop a
 * {@link java.util.concurrent.ScheduledExecutorService} from ever running the check again.
 */
final class IndexCheck implements Runnable {
    private static final System.Logger LOG = System.getLogger(IndexCheck.class.getName());

    private final BooleanSupplier refreshIfStale;
    private final Runnable refreshed;

    IndexCheck(BooleanSupplier refreshIfStale, Runnable refreshed) {
        this.refreshIfStale = refreshIfStale;
        this.refreshed = refreshed;
    }

    @Override
    public void run() {
        try {
            if (refreshIfStale.getAsBoolean()) {
                refreshed.run();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "De controle van de zoekindex is mislukt; de volgende controle probeert het opnieuw", e);
        }
    }
}
