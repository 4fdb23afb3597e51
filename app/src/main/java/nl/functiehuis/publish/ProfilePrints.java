package nl.functiehuis.publish;

import java.util.List;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.GenericProfile;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.OrganisationProfile;
import nl.functiehuis.publish.HouseIndex.GroupPath;

/** Turns a profile version into its printed form: facts, version line and sections, with lookups done. */
final class ProfilePrints {
    private ProfilePrints() {}

    static PrintedProfile of(ProfileVersion version, HouseIndex house) {
        FunctionProfile p = version.profile();
        GroupPath group = house.group(p.groupCode());
        String kicker = p.kind().label() + (group != null ? " · " + group.label() : organisation(p));
        String subtitle = switch (p) {
            case EnrichedProfile e -> e.subtitle();
            case OrganisationProfile o -> o.department();
            default -> null;
        };
        return new PrintedProfile(house.houseName(), version, "p-" + version.code().slug(), kicker, subtitle,
                ProfileFacts.of(version, group, house), versionLine(version), details(p, house));
    }

    static String versionLine(ProfileVersion v) {
        String date = v.effectiveDate() != null ? "ingangsdatum " + PrintDates.of(v.effectiveDate())
                : "opgeslagen " + PrintDates.of(v.savedAt());
        return "Versie " + v.number() + " · " + v.status().label() + " · " + date;
    }

    private static String organisation(FunctionProfile p) {
        String organisation = switch (p) {
            case OrganisationProfile o -> o.organisation();
            case LevelledFamily f -> f.organisation();
            default -> null;
        };
        return organisation == null ? "" : " · " + organisation;
    }

    private static PrintDetails details(FunctionProfile profile, HouseIndex house) {
        return switch (profile) {
            case NormFunction n -> new PrintDetails.Norm(n.content(), n.nlqfLevel(), requirements(n, house), null);
            case EnrichedProfile e -> new PrintDetails.Norm(e.content(), null, requirements(e, house), enrichment(e, house));
            case OrganisationProfile o -> new PrintDetails.Organisation(o);
            case LevelledFamily f -> new PrintDetails.Levelled(f, MatrixBuilder.family(f));
            case GenericProfile g -> new PrintDetails.Generic(g);
        };
    }

    private static List<PrintedRequirement> requirements(FunctionProfile p, HouseIndex house) {
        var dictionary = house.dictionary(p.dictionary());
        return p.requirements().stream().map(r -> PrintedRequirement.of(r, dictionary)).toList();
    }

    private static PrintDetails.Enrichment enrichment(EnrichedProfile e, HouseIndex house) {
        var qualifications = e.qualifications().stream().map(q -> PrintedQualification.of(q, house.qualifications())).toList();
        return new PrintDetails.Enrichment(e, house.titles().apply(e.baseCode().value()), qualifications);
    }
}
