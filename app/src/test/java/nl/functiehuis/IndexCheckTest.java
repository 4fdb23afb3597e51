package nl.functiehuis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A failing index check is logged and the schedule goes on. */
class IndexCheckTest {

    @Test
    void keepsRunningOnScheduleAfterAFailedCheck() throws InterruptedException {
        var runs = new AtomicInteger();
        var refreshed = new AtomicInteger();
        var thirdRun = new CountDownLatch(3);
        var check = new IndexCheck(() -> {
            int run = runs.incrementAndGet();
            thirdRun.countDown();
            if (run == 1) {
                throw new IllegalStateException("database weg");
            }
            return true;
        }, refreshed::incrementAndGet);
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try {
            executor.scheduleWithFixedDelay(check, 0, 1, TimeUnit.MILLISECONDS);

            assertThat(thirdRun.await(30, TimeUnit.SECONDS)).as("runs after the failed one").isTrue();
        } finally {
            executor.shutdownNow();
            executor.awaitTermination(30, TimeUnit.SECONDS);
        }
        assertThat(refreshed.get()).isEqualTo(runs.get() - 1);
    }

    @Test
    void tellsOnlyAfterARefresh() {
        var refreshed = new AtomicInteger();

        new IndexCheck(() -> false, refreshed::incrementAndGet).run();
        assertThat(refreshed).hasValue(0);
        new IndexCheck(() -> true, refreshed::incrementAndGet).run();
        assertThat(refreshed).hasValue(1);
    }

    @Test
    void swallowsAFailureOfWhatFollowsTheRefresh() {
        var check = new IndexCheck(() -> true, () -> {
            throw new IllegalStateException("cache weg");
        });

        assertThatNoException().isThrownBy(check::run);
    }
}
