package nl.functiehuis.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.house.FunctionSeries;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionLevel;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.OrganisationProfile;
import nl.functiehuis.profile.ProfileCode;
import nl.functiehuis.profile.QualificationLink;
import org.jspecify.annotations.Nullable;

/** Turns the latest version of a profile, with the house around it, into what the index holds. */
final class Flattening {
    private Flattening() {}

    static IndexedProfile of(ProfileVersion version, HouseContext context) {
        FunctionProfile p = version.profile();
        List<String> codes = new ArrayList<>(List.of(p.code().value()));
        p.aliases().stream().map(ProfileCode::value).forEach(codes::add);
        String groupCode = p.groupCode();
        String series = groupCode == null ? null
                : context.seriesOf(groupCode).map(Flattening::seriesLabel).orElse(null);
        String group = groupCode == null ? null
                : context.group(groupCode).map(g -> g.code() + " " + g.name()).orElse(groupCode);
        Set<String> competencies = new LinkedHashSet<>();
        Set<String> levels = new LinkedHashSet<>();
        for (CompetencyRequirement r : p.requirements()) {
            competencies.add(r.competency());
            if (r.level() != null) {
                levels.add(IndexedProfile.level(r.competency(), r.level().name()));
            }
        }
        return new IndexedProfile(p.code().slug(), p.code().value(), codes, p.title(), subtitle(p), p.kind(),
                version.status(), series, group, scales(p), List.copyOf(competencies), List.copyOf(levels),
                qualifications(p), ProfileTexts.of(p, context));
    }

    private static String seriesLabel(FunctionSeries s) {
        return s.code() + " " + s.name();
    }

    private static @Nullable String subtitle(FunctionProfile p) {
        return p instanceof EnrichedProfile e ? e.subtitle() : null;
    }

    private static List<Integer> scales(FunctionProfile p) {
        return switch (p) {
            case OrganisationProfile o -> o.scale() == null ? List.of() : List.of(o.scale());
            case LevelledFamily f -> f.levels().stream().map(FunctionLevel::scale)
                    .filter(s -> s != null).distinct().sorted().toList();
            default -> List.of();
        };
    }

    private static List<String> qualifications(FunctionProfile p) {
        return p instanceof EnrichedProfile e
                ? e.qualifications().stream().map(QualificationLink::qualification).distinct().toList()
                : List.of();
    }
}
