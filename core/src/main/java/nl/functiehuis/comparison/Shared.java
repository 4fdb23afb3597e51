package nl.functiehuis.comparison;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.GenericProfile;
import nl.functiehuis.profile.ProfileCode;

/**
 * The matrix rows of a list of profiles: an enriched profile that asks exactly what its base asks is
 * folded into its base's row (the booklet's matrix lists norm functions only); one that asks otherwise
 * keeps a row of its own. Profiles of an unrecognised layout ask nothing and get no row.
 */
record Shared(FunctionProfile profile, List<ProfileCode> sharedBy) {

    static List<Shared> rows(List<FunctionProfile> profiles) {
        Map<ProfileCode, FunctionProfile> byCode = new LinkedHashMap<>();
        profiles.forEach(p -> byCode.putIfAbsent(p.code(), p));
        Map<ProfileCode, List<ProfileCode>> folded = new LinkedHashMap<>();
        List<FunctionProfile> kept = new ArrayList<>();
        for (FunctionProfile p : byCode.values()) {
            if (p instanceof GenericProfile) {
                continue;
            }
            if (p instanceof EnrichedProfile e && byCode.containsKey(e.baseCode())
                    && asked(e).equals(asked(byCode.get(e.baseCode())))) {
                folded.computeIfAbsent(e.baseCode(), k -> new ArrayList<>()).add(e.code());
                continue;
            }
            kept.add(p);
        }
        return kept.stream().map(p -> new Shared(p, folded.getOrDefault(p.code(), List.of()))).toList();
    }

    private static Set<String> asked(FunctionProfile p) {
        return p.requirements().stream().map(r -> Names.key(r.competency()) + "=" + r.level()).collect(Collectors.toSet());
    }
}
