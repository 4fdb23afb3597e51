package nl.functiehuis.search;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.demo.DemoHouse;
import nl.functiehuis.snapshot.HouseSnapshot;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.ProfileCode;

/** Profiles to search: the demo house, and small norm functions written for one test. */
final class SearchFixtures {
    static final Instant SAVED = Instant.parse("2026-01-01T00:00:00Z");

    private SearchFixtures() {}

    static HouseSnapshot demo() {
        return DemoHouse.snapshot(SAVED);
    }

    static HouseContext demoContext() {
        return new HouseContext(demo().series(), demo().dictionaries());
    }

    static ProfileVersion version(FunctionProfile profile) {
        return version(profile, VersionStatus.DEFINITIEF);
    }

    static ProfileVersion version(FunctionProfile profile, VersionStatus status) {
        return new ProfileVersion(profile.code(), 1, status, null, "tester", SAVED, null, profile);
    }

    /** A norm function with these characteristics and competencies (name, or name:letter). */
    static NormFunction norm(String code, String title, List<String> characteristics, String... competencies) {
        List<CompetencyRequirement> asked = Arrays.stream(competencies).map(c -> c.contains(":")
                ? new CompetencyRequirement(c.substring(0, c.indexOf(':')),
                        nl.functiehuis.competency.LevelLetter.parse(c.substring(c.indexOf(':') + 1), "level"))
                : new CompetencyRequirement(c, null)).toList();
        return new NormFunction(ProfileCode.of(code), title, null, null, null,
                new NormContent(characteristics, List.of(), asked, List.of(), List.of(), null));
    }
}
