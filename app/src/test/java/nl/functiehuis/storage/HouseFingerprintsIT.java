package nl.functiehuis.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import nl.functiehuis.demo.DemoHouse;
import nl.functiehuis.house.FunctionSeries;
import nl.functiehuis.house.HouseFingerprint;
import nl.functiehuis.house.ProfileEdit;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.house.VersionStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The house fingerprint on H2 and PostgreSQL: stable while nothing changes, different after a version or series. */
class HouseFingerprintsIT {

    static Stream<StoredHouse> databases() {
        return Stream.of(StoredHouse.on("H2", TestDatabases.h2()), StoredHouse.on("PostgreSQL", TestDatabases.postgres()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void summarisesAnEmptyHouse(StoredHouse house) {
        HouseFingerprint empty = new JdbcHouseFingerprints(house.jdbc()).current();

        assertThat(empty.versions()).isZero();
        assertThat(empty.lastSaved()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void changesWithEveryVersionAndWithReferenceDataOnly(StoredHouse house) {
        var fingerprints = new JdbcHouseFingerprints(house.jdbc());
        house.load().load(DemoHouse.snapshot(StoredHouse.NOW));
        HouseFingerprint loaded = fingerprints.current();
        assertThat(fingerprints.current()).isEqualTo(loaded);
        assertThat(loaded.versions()).isEqualTo(house.profiles().all().size());
        assertThat(loaded.lastSaved()).isEqualTo(StoredHouse.NOW);

        ProfileVersion latest = house.profiles().latest("VS-2040").orElseThrow();
        house.save().save(new ProfileEdit(latest.profile(), 1, VersionStatus.VERVALLEN, null, "test"), "tester");
        HouseFingerprint saved = fingerprints.current();
        assertThat(saved.follows(loaded, 1)).isTrue();
        assertThat(saved.value()).isNotEqualTo(loaded.value());

        FunctionSeries series = house.catalog().series().getFirst();
        house.catalog().save(new FunctionSeries(series.code(), series.name() + " (herzien)", series.description(),
                series.groups()));
        HouseFingerprint renamed = fingerprints.current();
        assertThat(renamed.versions()).isEqualTo(saved.versions());
        assertThat(renamed.follows(saved, 0)).isFalse();
        assertThat(List.of(loaded.referenceData(), saved.referenceData())).containsOnly(saved.referenceData());
    }
}
