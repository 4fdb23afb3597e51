package nl.functiehuis;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.functiehuis.application.IndexHouse;
import nl.functiehuis.application.SearchProfiles;
import nl.functiehuis.house.FunctionProfiles;
import nl.functiehuis.house.HouseCatalog;
import nl.functiehuis.house.HouseFingerprints;
import nl.functiehuis.house.HouseListener;
import nl.functiehuis.responses.ResponseCache;
import nl.functiehuis.storage.AfterCommitListener;
import nl.functiehuis.storage.JdbcHouseFingerprints;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The search index and what keeps it current: committed changes reach it through the house listener; the
 * web app builds it at start when missing or stale and checks now and then for changes made by another
 * process (a command-line import, a second server on the same database). After the index, the cache of
 * finished responses is emptied, so a kept page or search answer never outlives a change.
 */
@Configuration(proxyBeanMethods = false)
class SearchWiring {

    @Bean
    HouseFingerprints houseFingerprints(JdbcClient jdbc) {
        return new JdbcHouseFingerprints(jdbc);
    }

    @Bean
    IndexHouse indexHouse(FunctionProfiles profiles, HouseCatalog catalog, HouseFingerprints fingerprints,
            @Value("${functiehuis.index:}") String configured, @Value("${spring.datasource.url}") String url) {
        Path directory = IndexLocation.of(configured, url);
        return new IndexHouse(profiles, catalog, fingerprints, directory);
    }

    @Bean
    HouseListener houseListener(IndexHouse index, ResponseCache responses) {
        return new AfterCommitListener(change -> {
            try {
                index.changed(change);
            } finally {
                responses.clear();
            }
        });
    }

    @Bean
    SearchProfiles searchProfiles(IndexHouse index) {
        return new SearchProfiles(index);
    }

    @Bean(destroyMethod = "shutdownNow")
    @ConditionalOnWebApplication
    ScheduledExecutorService indexChecks() {
        return Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("index-check").daemon().factory());
    }

    /** When the web app is up: the index is opened (built if need be), then checked every few seconds. */
    @Bean
    @ConditionalOnWebApplication
    ApplicationListener<ApplicationReadyEvent> indexAtStart(IndexHouse index, ScheduledExecutorService indexChecks,
            ResponseCache responses, @Value("${functiehuis.index-check-seconds:10}") long seconds) {
        return ready -> {
            index.search();
            indexChecks.scheduleWithFixedDelay(new IndexCheck(index::refreshIfStale, responses::clear),
                    seconds, seconds, TimeUnit.SECONDS);
        };
    }
}
