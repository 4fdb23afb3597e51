package nl.functiehuis.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.functiehuis.house.FunctionProfiles;
import nl.functiehuis.house.HouseCatalog;
import nl.functiehuis.house.HouseFingerprints;
import nl.functiehuis.house.ProfileEdit;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.profile.OrganisationProfile;
import nl.functiehuis.search.SearchHit;
import nl.functiehuis.search.SearchRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An index on disk beside the demo house: built when its directory is missing, reused when current,
 * rebuilt when the house changed while it was closed or changed by someone else while it was open, and
 * kept in memory when another process holds the directory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.datasource.url=jdbc:h2:mem:index-house-it;DB_CLOSE_DELAY=-1")
class IndexHouseIT {
    @TempDir
    Path dir;

    @Autowired
    LoadDemo demo;

    @Autowired
    FunctionProfiles profiles;

    @Autowired
    HouseCatalog catalog;

    @Autowired
    HouseFingerprints fingerprints;

    @Autowired
    SaveProfile save;

    @BeforeEach
    void demoHouse() {
        demo.loadIfEmpty();
    }

    @Test
    void buildsTheIndexWhenItsDirectoryIsMissingAndReusesItWhenCurrent() throws IOException {
        Path index = dir.resolve("index");
        try (var house = indexIn(index)) {
            assertThat(total(house, "")).isEqualTo(profiles.latestOfAll().size());
        }
        assertThat(index).isDirectory();
        FileTimes before = FileTimes.of(index);

        try (var house = indexIn(index)) {
            assertThat(total(house, "")).isEqualTo(profiles.latestOfAll().size());
        }
        assertThat(FileTimes.of(index)).isEqualTo(before);

        delete(index);
        try (var house = indexIn(index)) {
            assertThat(codes(house, "kwijtschelding")).containsExactly("VS-2040");
        }
    }

    @Test
    void rebuildsWhenTheHouseChangedWhileTheIndexWasClosed() {
        Path index = dir.resolve("index");
        try (var house = indexIn(index)) {
            assertThat(codes(house, "hondenbelasting")).isEmpty();
        }

        rename("VS-2040", "Medewerker Hondenbelasting");

        try (var house = indexIn(index)) {
            assertThat(codes(house, "hondenbelasting")).containsExactly("VS-2040");
        }
    }

    @Test
    void catchesUpWithChangesMadeByAnotherProcess() {
        try (var house = indexIn(dir.resolve("index"))) {
            assertThat(codes(house, "parkeerbelasting")).isEmpty();

            rename("VS-2040", "Medewerker Parkeerbelasting");
            assertThat(codes(house, "parkeerbelasting")).as("not told of the change").isEmpty();

            house.refreshIfStale();
            assertThat(codes(house, "parkeerbelasting")).containsExactly("VS-2040");
        }
    }

    @Test
    void searchesInMemoryWhenAnotherProcessHoldsTheDirectory() {
        Path index = dir.resolve("index");
        try (var first = indexIn(index); var second = indexIn(index)) {
            assertThat(total(first, "")).isEqualTo(total(second, "")).isPositive();
        }
    }

    private IndexHouse indexIn(Path directory) {
        return new IndexHouse(profiles, catalog, fingerprints, directory);
    }

    private void rename(String code, String title) {
        ProfileVersion latest = profiles.latest(code).orElseThrow();
        var o = (OrganisationProfile) latest.profile();
        var renamed = new OrganisationProfile(o.code(), title, o.organisation(), o.department(), o.groupCode(),
                o.dictionary(), o.purpose(), o.scale(), o.functionType(), o.thinkingLevel(), o.resultAreas(), o.frameworks(),
                o.professionalCompetencies(), o.behaviourCompetencies(), o.context(), o.focusAreas());
        save.save(new ProfileEdit(renamed, latest.number(), VersionStatus.DEFINITIEF, null, "test"), "tester");
    }

    private static int total(IndexHouse house, String text) {
        return house.search().search(SearchRequest.of(text, 1)).total();
    }

    private static List<String> codes(IndexHouse house, String text) {
        return house.search().search(SearchRequest.of(text, 50)).hits().stream().map(SearchHit::code).toList();
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The names and modification times of an index's files: equal when nothing was written. */
    private record FileTimes(List<String> entries) {
        static FileTimes of(Path directory) throws IOException {
            try (Stream<Path> files = Files.list(directory)) {
                return new FileTimes(files.filter(f -> !f.getFileName().toString().equals("write.lock")).map(f -> {
                    try {
                        return f.getFileName() + "@" + Files.getLastModifiedTime(f);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).sorted().toList());
            }
        }
    }
}
