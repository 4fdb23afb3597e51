package nl.functiehuis.education;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.GenericProfile;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.MinimumEducation;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.OrganisationProfile;
import nl.functiehuis.profile.QualificationLink;
import org.jspecify.annotations.Nullable;

/**
 * Which qualifications fit which profiles. An enriched profile fits the qualifications it links. A norm
 * function fits the qualifications its enriched profiles link, and also every qualification whose NLQF level
 * lies in its education range: from its minimum education up to its NLQF level (where the two contradict,
 * the range spans both). An organisation profile matches on level only, when its werk- en denkniveau names
 * one. Levelled families and generic profiles state no education level, so nothing fits them on level.
 */
public final class Fit {
    private final QualificationCatalog catalog;
    private final List<FunctionProfile> profiles;
    private final Map<String, List<EnrichedProfile>> enrichedByBase = new LinkedHashMap<>();

    /** {@code profiles} are the profiles of the house, one (the latest) version each. */
    public Fit(QualificationCatalog catalog, List<FunctionProfile> profiles) {
        this.catalog = catalog;
        this.profiles = List.copyOf(profiles);
        for (FunctionProfile p : this.profiles) {
            if (p instanceof EnrichedProfile e) {
                enrichedByBase.computeIfAbsent(e.baseCode().slug(), k -> new ArrayList<>()).add(e);
            }
        }
    }

    public ProfileFit of(FunctionProfile profile) {
        ProfileRef ref = ProfileRef.of(profile);
        return switch (profile) {
            case EnrichedProfile e -> new ProfileFit(ref, null, linked(e));
            case NormFunction n -> withLevel(ref, range(n), viaEnriched(n));
            case OrganisationProfile o -> withLevel(ref, EducationText.level(o.thinkingLevel())
                    .map(l -> NlqfRange.of(NlqfMapping.nlqf(l))).orElse(null), Map.of());
            case LevelledFamily f -> new ProfileFit(ref, null, List.of());
            case GenericProfile g -> new ProfileFit(ref, null, List.of());
        };
    }

    /** Every qualification of the catalogue with the functions it fits. */
    public List<QualificationFunctions> byQualification() {
        Map<String, List<FunctionFit>> functions = new LinkedHashMap<>();
        catalog.entries().forEach(e -> functions.put(QualificationCatalog.key(e.name()), new ArrayList<>()));
        for (FunctionProfile p : profiles) {
            for (QualificationFit q : of(p).qualifications()) {
                functions.get(QualificationCatalog.key(q.qualification().name()))
                        .add(new FunctionFit(ProfileRef.of(p), q.reason()));
            }
        }
        Comparator<FunctionFit> order = Comparator.comparing(FunctionFit::reason)
                .thenComparing(f -> f.function().code().value());
        return catalog.entries().stream().map(e -> new QualificationFunctions(e,
                functions.get(QualificationCatalog.key(e.name())).stream().sorted(order).toList())).toList();
    }

    /** The education range of a norm function, or null when it states neither an NLQF nor an education level. */
    static @Nullable NlqfRange range(NormFunction n) {
        Optional<NlqfRange> stated = NlqfRange.parse(n.nlqfLevel());
        Optional<NlqfRange> minimum = Optional.ofNullable(n.content().minimumEducation())
                .map(MinimumEducation::level).map(l -> NlqfRange.of(NlqfMapping.nlqf(l)));
        if (stated.isPresent() && minimum.isPresent()) {
            return stated.get().span(minimum.get());
        }
        return stated.or(() -> minimum).orElse(null);
    }

    private List<QualificationFit> linked(EnrichedProfile e) {
        List<QualificationFit> fits = new ArrayList<>();
        for (QualificationLink link : e.qualifications()) {
            catalog.find(link.qualification()).filter(q -> fits.stream().noneMatch(f -> f.qualification().equals(q)))
                    .ifPresent(q -> fits.add(new QualificationFit(q, FitReason.LINKED, List.of())));
        }
        return fits;
    }

    private Map<CatalogEntry, List<ProfileRef>> viaEnriched(NormFunction n) {
        Map<CatalogEntry, List<ProfileRef>> via = new LinkedHashMap<>();
        for (EnrichedProfile e : enrichedByBase.getOrDefault(n.code().slug(), List.of())) {
            for (QualificationLink link : e.qualifications()) {
                catalog.find(link.qualification()).ifPresent(q -> {
                    List<ProfileRef> refs = via.computeIfAbsent(q, k -> new ArrayList<>());
                    if (!refs.contains(ProfileRef.of(e))) {
                        refs.add(ProfileRef.of(e));
                    }
                });
            }
        }
        return via;
    }

    private ProfileFit withLevel(ProfileRef ref, @Nullable NlqfRange range, Map<CatalogEntry, List<ProfileRef>> via) {
        List<QualificationFit> fits = new ArrayList<>();
        via.forEach((q, refs) -> fits.add(new QualificationFit(q, FitReason.VIA_ENRICHED, refs)));
        if (range != null) {
            for (CatalogEntry q : catalog.entries()) {
                NlqfLevel level = q.nlqf();
                if (level != null && range.contains(level) && !via.containsKey(q)) {
                    fits.add(new QualificationFit(q, FitReason.LEVEL, List.of()));
                }
            }
        }
        return new ProfileFit(ref, range, fits);
    }
}
