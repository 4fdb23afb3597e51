package nl.functiehuis.education;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.QualificationLink;
import org.jspecify.annotations.Nullable;

/**
 * What the house asks of education: per competency and behaviour level, and per qualification, how many
 * profiles ask for it. Each profile counts once per competency and level; competencies are matched by name
 * ignoring case, across dictionaries. Profiles whose dictionary grades no levels (UWV profiles, levelled
 * families) count under "without level". Most asked first.
 */
public record Demand(int profileCount, List<CompetencyDemand> competencies, List<QualificationDemand> qualifications) {

    public Demand {
        competencies = List.copyOf(competencies);
        qualifications = List.copyOf(qualifications);
    }

    /** Counts over {@code profiles}, one (the latest) version each, and the catalogue built from them. */
    public static Demand of(List<FunctionProfile> profiles, QualificationCatalog catalog) {
        return new Demand(profiles.size(), competencies(profiles), qualifications(profiles, catalog));
    }

    private static List<CompetencyDemand> competencies(List<FunctionProfile> profiles) {
        Map<String, Counter> counters = new LinkedHashMap<>();
        for (FunctionProfile p : profiles) {
            Set<String> asked = new HashSet<>();
            Set<String> askedAtLevel = new HashSet<>();
            for (CompetencyRequirement r : p.requirements()) {
                String key = QualificationCatalog.key(r.competency());
                Counter c = counters.computeIfAbsent(key, k -> new Counter(r.competency()));
                if (askedAtLevel.add(key + "|" + r.level())) {
                    c.add(r.level());
                }
                if (asked.add(key)) {
                    c.profiles++;
                }
            }
        }
        return counters.values().stream().map(Counter::demand)
                .sorted(Comparator.comparingInt(CompetencyDemand::profiles).reversed()
                        .thenComparing(CompetencyDemand::competency, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static List<QualificationDemand> qualifications(List<FunctionProfile> profiles, QualificationCatalog catalog) {
        Map<String, Set<String>> bases = new LinkedHashMap<>();
        for (FunctionProfile p : profiles) {
            if (p instanceof EnrichedProfile e) {
                for (QualificationLink link : e.qualifications()) {
                    bases.computeIfAbsent(QualificationCatalog.key(link.qualification()), k -> new HashSet<>())
                            .add(e.baseCode().slug());
                }
            }
        }
        return catalog.entries().stream()
                .map(q -> new QualificationDemand(q, q.linkedBy().size(),
                        bases.getOrDefault(QualificationCatalog.key(q.name()), Set.of()).size()))
                .sorted(Comparator.comparingInt(QualificationDemand::enrichedProfiles).reversed()
                        .thenComparing(d -> d.qualification().name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static final class Counter {
        private final String name;
        private final int[] perLevel = new int[LevelLetter.values().length];
        private int withoutLevel;
        private int profiles;

        Counter(String name) {
            this.name = name;
        }

        void add(@Nullable LevelLetter level) {
            if (level == null) {
                withoutLevel++;
            } else {
                perLevel[level.ordinal()]++;
            }
        }

        CompetencyDemand demand() {
            List<Integer> levels = new ArrayList<>();
            for (int n : perLevel) {
                levels.add(n);
            }
            return new CompetencyDemand(name, levels, withoutLevel, profiles);
        }
    }
}
