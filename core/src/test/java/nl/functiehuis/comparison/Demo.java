package nl.functiehuis.comparison;

import java.time.Instant;
import java.util.List;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.demo.DemoHouse;
import nl.functiehuis.snapshot.HouseSnapshot;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.profile.FunctionProfile;

/** The demo house as test fixture: its profiles by code and its dictionaries. */
final class Demo {
    static final HouseSnapshot HOUSE = DemoHouse.snapshot(Instant.parse("2026-01-01T09:00:00Z"));

    private Demo() {}

    static FunctionProfile profile(String code) {
        return version(code).profile();
    }

    static ProfileVersion version(String code) {
        return HOUSE.profiles().stream().filter(v -> v.code().value().equals(code)).findFirst().orElseThrow();
    }

    static List<FunctionProfile> group(String groupCode) {
        return HOUSE.profiles().stream().map(ProfileVersion::profile).filter(p -> groupCode.equals(p.groupCode())).toList();
    }

    static List<CompetencyDictionary> dictionaries() {
        return HOUSE.dictionaries();
    }
}
