package nl.functiehuis.web;

import java.util.List;
import nl.functiehuis.application.BrowseHouse;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.house.FunctionGroup;
import nl.functiehuis.house.FunctionSeries;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.house.Qualification;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionLevel;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.GenericProfile;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.OrganisationProfile;
import nl.functiehuis.profile.ProfileCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Builds profile pages: picks the sections per kind and looks up what the profile refers to. */
@Component
class ProfileViews {
    private final BrowseHouse browse;

    ProfileViews(BrowseHouse browse) {
        this.browse = browse;
    }

    /** The page of a version, as asked for by {@code code}: the profile's own code or one of its level codes. */
    ProfilePage page(ProfileVersion version, int latest, String code) {
        FunctionLevel level = version.profile() instanceof LevelledFamily f ? f.levels().stream()
                .filter(l -> l.code().slug().equals(ProfileCode.slugOf(code))).findFirst().orElse(null) : null;
        return new ProfilePage(version, latest, group(version.profile().groupCode()), details(version.profile()), level);
    }

    private ProfileDetails details(FunctionProfile profile) {
        return switch (profile) {
            case NormFunction n -> new ProfileDetails.Norm(n.content(), n.nlqfLevel(), requirements(n), null);
            case EnrichedProfile e -> new ProfileDetails.Norm(e.content(), null, requirements(e), enrichment(e));
            case OrganisationProfile o -> new ProfileDetails.Organisation(o);
            case LevelledFamily f -> new ProfileDetails.Levelled(f, FamilyMatrix.of(f));
            case GenericProfile g -> new ProfileDetails.Generic(g);
        };
    }

    private List<RequirementView> requirements(FunctionProfile profile) {
        CompetencyDictionary dictionary = dictionary(profile.dictionary());
        return profile.requirements().stream().map(r -> RequirementView.of(r, dictionary)).toList();
    }

    private ProfileDetails.Enrichment enrichment(EnrichedProfile e) {
        String baseTitle = browse.latest(e.baseCode().value()).map(v -> v.profile().title()).orElse(null);
        List<Qualification> known = browse.qualifications();
        var qualifications = e.qualifications().stream().map(q -> QualificationView.of(q, known)).toList();
        return new ProfileDetails.Enrichment(e, baseTitle, qualifications);
    }

    @Nullable CompetencyDictionary dictionary(@Nullable String id) {
        return id == null ? null : browse.dictionary(id).orElse(null);
    }

    private ProfilePage.@Nullable GroupPath group(@Nullable String groupCode) {
        if (groupCode == null) {
            return null;
        }
        for (FunctionSeries s : browse.series()) {
            for (FunctionGroup g : s.groups()) {
                if (g.code().equals(groupCode)) {
                    return new ProfilePage.GroupPath(s.code(), s.name(), g.code(), g.name());
                }
            }
        }
        return null;
    }
}
