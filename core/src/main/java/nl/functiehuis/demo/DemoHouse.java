package nl.functiehuis.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.snapshot.HouseSnapshot;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.profile.FunctionProfile;

/**
 * The demo function house of the fictional Gemeente Voorbeeldstad: one competency dictionary, one
 * function series, four norm functions with an enriched profile, an organisation profile and a
 * levelled family, each as version 1. All texts are written for this project.
 */
public final class DemoHouse {
    public static final String NAME = "Gemeente Voorbeeldstad";
    public static final String AUTHOR = "functiehuis demo";
    public static final LocalDate EFFECTIVE_DATE = LocalDate.of(2026, 1, 1);

    private static final String NOTE = "Demo-inhoud";

    private DemoHouse() {}

    /** The whole demo house; the same {@code savedAt} always gives an equal snapshot. */
    public static HouseSnapshot snapshot(Instant savedAt) {
        return new HouseSnapshot(HouseSnapshot.FORMAT, NAME,
                List.of(DemoDictionary.dictionary()),
                DemoCatalog.series(),
                DemoCatalog.qualifications(),
                DemoCatalog.scales(),
                versions(savedAt),
                List.of());
    }

    private static List<ProfileVersion> versions(Instant savedAt) {
        List<ProfileVersion> versions = new ArrayList<>();
        DemoNormFunctions.all().forEach(p -> versions.add(version(p, VersionStatus.DEFINITIEF, savedAt)));
        versions.add(version(DemoNormFunctions.enriched(), VersionStatus.DEFINITIEF, savedAt));
        versions.add(version(DemoOrganisationProfile.profile(), VersionStatus.DEFINITIEF, savedAt));
        versions.add(version(DemoFamily.family(), VersionStatus.PROGNOSE, savedAt));
        return List.copyOf(versions);
    }

    private static ProfileVersion version(FunctionProfile profile, VersionStatus status, Instant savedAt) {
        return new ProfileVersion(profile.code(), 1, status, EFFECTIVE_DATE, AUTHOR, savedAt, NOTE, profile);
    }
}
