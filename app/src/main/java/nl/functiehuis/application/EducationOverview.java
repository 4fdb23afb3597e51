package nl.functiehuis.application;

import java.util.List;
import java.util.Optional;
import nl.functiehuis.education.Demand;
import nl.functiehuis.education.DemandCsv;
import nl.functiehuis.education.Fit;
import nl.functiehuis.education.NlqfLevel;
import nl.functiehuis.education.NlqfMapping;
import nl.functiehuis.education.ProfileFit;
import nl.functiehuis.education.QualificationCatalog;
import nl.functiehuis.education.QualificationFunctions;
import nl.functiehuis.house.FunctionProfiles;
import nl.functiehuis.house.HouseCatalog;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.profile.FunctionProfile;

/**
 * The house seen from education: the NLQF levels, the qualification catalogue with the functions each
 * qualification prepares for, the qualifications that fit a profile, and the demand for competencies and
 * qualifications. It reads the latest version of every profile; profiles whose latest version is
 * {@link VersionStatus#VERVALLEN} no longer ask anything and are left out.
 */
public final class EducationOverview {
    private final FunctionProfiles profiles;
    private final HouseCatalog catalog;

    public EducationOverview(FunctionProfiles profiles, HouseCatalog catalog) {
        this.profiles = profiles;
        this.catalog = catalog;
    }

    public List<NlqfLevel> nlqfLevels() {
        return List.of(NlqfLevel.values());
    }

    public List<NlqfMapping.Row> mapping() {
        return NlqfMapping.table();
    }

    /** Every qualification with its core tasks and the functions it fits, linked ones first. */
    public List<QualificationFunctions> qualifications() {
        return house().fit().byQualification();
    }

    /** The qualifications that fit the latest version of the profile with this code, slug or level code. */
    public Optional<ProfileFit> fit(String code) {
        return profiles.latest(code).map(v -> house().fit().of(v.profile()));
    }

    public Demand demand() {
        House house = house();
        return Demand.of(house.profiles(), house.catalog());
    }

    /** The demand overview as CSV (see {@link DemandCsv}). */
    public String demandCsv() {
        return DemandCsv.write(demand());
    }

    private House house() {
        List<FunctionProfile> current = profiles.latestOfAll().stream()
                .filter(v -> v.status() != VersionStatus.VERVALLEN).map(v -> v.profile()).toList();
        QualificationCatalog qualifications = QualificationCatalog.of(catalog.qualifications(), current);
        return new House(current, qualifications, new Fit(qualifications, current));
    }

    private record House(List<FunctionProfile> profiles, QualificationCatalog catalog, Fit fit) {}
}
