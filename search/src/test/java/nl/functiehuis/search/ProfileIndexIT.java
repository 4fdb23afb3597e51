package nl.functiehuis.search;

import static nl.functiehuis.search.SearchFixtures.norm;
import static nl.functiehuis.search.SearchFixtures.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.house.VersionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on disk: what survives a restart, a second writer, damage, and every kind of write. */
class ProfileIndexIT {
    @TempDir
    Path dir;

    final ProfileVersion policy = version(norm("T-1", "Beleidsmedewerker", List.of("Schrijft beleid.")));
    final ProfileVersion desk = version(norm("T-2", "Baliemedewerker", List.of("Helpt aan de balie.")));

    @Test
    void keepsProfilesAndFingerprintAcrossRestart() {
        try (var index = ProfileIndex.open(dir)) {
            assertThat(index.fingerprint()).isEmpty();
            index.rebuild(List.of(policy, desk), HouseContext.EMPTY, "house-1");
        }

        try (var index = ProfileIndex.open(dir)) {
            assertThat(index.fingerprint()).contains("house-1");
            assertThat(index.size()).isEqualTo(2);
            assertThat(codes(index, "medewerker")).containsExactlyInAnyOrder("T-1", "T-2");
        }
    }

    @Test
    void refusesSecondWriterWhileTheFirstIsOpen() {
        try (var first = ProfileIndex.open(dir)) {
            assertThatThrownBy(() -> ProfileIndex.open(dir)).isInstanceOf(IndexUnavailable.class)
                    .hasMessageContaining(dir.toString());
            assertThat(first.size()).isZero();
        }
    }

    @Test
    void startsEmptyWhenTheIndexIsDamaged() throws IOException {
        try (var index = ProfileIndex.open(dir)) {
            index.rebuild(List.of(policy), HouseContext.EMPTY, "house-1");
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }

        try (var index = ProfileIndex.open(dir)) {
            assertThat(index.fingerprint()).isEmpty();
            assertThat(index.size()).isZero();
        }
    }

    @Test
    void replacesProfileWithItsNewVersion() {
        try (var index = ProfileIndex.inMemory()) {
            index.rebuild(List.of(policy, desk), HouseContext.EMPTY, "house-1");
            var changed = new ProfileVersion(desk.code(), 2, VersionStatus.VERVALLEN, null, "tester", desk.savedAt(), null,
                    norm("T-2", "Baliemedewerker", List.of("Beantwoordt vragen aan het loket.")));
            String before = index.search().search(SearchRequest.of("T-2", 1)).hits().getFirst().snippet();

            index.index(List.of(changed), HouseContext.EMPTY, "house-2");

            assertThat(index.size()).isEqualTo(2);
            assertThat(index.fingerprint()).contains("house-2");
            assertThat(codes(index, "loket")).containsExactly("T-2");
            assertThat(codes(index, "helpt")).isEmpty();
            SearchHit hit = index.search().search(SearchRequest.of("T-2", 1)).hits().getFirst();
            assertThat(hit.status()).isEqualTo(VersionStatus.VERVALLEN);
            assertThat(hit.snippet()).isEqualTo("Beantwoordt vragen aan het loket.").isNotEqualTo(before);
        }
    }

    @Test
    void deletesProfileByCode() {
        try (var index = ProfileIndex.inMemory()) {
            index.rebuild(List.of(policy, desk), HouseContext.EMPTY, "house-1");

            index.delete("t-1", "house-2");

            assertThat(codes(index, "medewerker")).containsExactly("T-2");
        }
    }

    @Test
    void splitsEarlierProfilesWithTheWordsOfANewTitle() {
        try (var index = ProfileIndex.inMemory()) {
            index.rebuild(List.of(version(norm("T-3", "Invorderaar", List.of("Behandelt elk kwijtscheldingsverzoek.")))),
                    HouseContext.EMPTY, "house-1");
            assertThat(codes(index, "kwijtschelding")).isEmpty();

            index.index(List.of(version(norm("T-4", "Medewerker Kwijtschelding", List.of("Beslist op verzoeken.")))),
                    HouseContext.EMPTY, "house-2");

            assertThat(codes(index, "kwijtschelding")).containsExactlyInAnyOrder("T-3", "T-4");
        }
    }

    @Test
    void findsNothingInAnEmptyIndex() {
        try (var index = ProfileIndex.inMemory()) {
            assertThat(index.search().search(SearchRequest.of("medewerker", 10))).isEqualTo(SearchResults.none());
        }
    }

    private static List<String> codes(ProfileIndex index, String text) {
        return index.search().search(SearchRequest.of(text, 10)).hits().stream().map(SearchHit::code).toList();
    }
}
