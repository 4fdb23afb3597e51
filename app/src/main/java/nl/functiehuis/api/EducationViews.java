package nl.functiehuis.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.education.CatalogEntry;
import nl.functiehuis.education.CompetencyDemand;
import nl.functiehuis.education.Demand;
import nl.functiehuis.education.FitReason;
import nl.functiehuis.education.FunctionFit;
import nl.functiehuis.education.NlqfLevel;
import nl.functiehuis.education.NlqfMapping;
import nl.functiehuis.education.NlqfRange;
import nl.functiehuis.education.ProfileFit;
import nl.functiehuis.education.ProfileRef;
import nl.functiehuis.education.QualificationDemand;
import nl.functiehuis.education.QualificationFit;
import nl.functiehuis.education.QualificationFunctions;
import nl.functiehuis.house.CoreTask;
import nl.functiehuis.profile.ProfileKind;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the education endpoints. */
final class EducationViews {
    private EducationViews() {}

    record Nlqf(List<Level> levels, List<Mapping> mapping) {
        static Nlqf of(List<NlqfLevel> levels, List<NlqfMapping.Row> mapping) {
            return new Nlqf(levels.stream().map(l -> new Level(l.number(), l.label(), l.description(), l.examples())).toList(),
                    mapping.stream().map(r -> new Mapping(r.education().track().name(), r.education().level(),
                            r.education().label(), r.name(), r.nlqf().number())).toList());
        }
    }

    /** An NLQF level; number 0 is the entry level (instroomniveau). */
    record Level(int number, String label, String description, List<String> examples) {}

    record Mapping(String track, int level, String label, String name, int nlqf) {}

    record Function(String code, String title, @Nullable String subtitle, ProfileKind kind, Links links) {
        static Function of(ProfileRef ref) {
            return new Function(ref.code().value(), ref.title(), ref.subtitle(), ref.kind(), Links.profile(ref.code()));
        }
    }

    record FunctionMatch(Function function, FitReason reason) {
        static FunctionMatch of(FunctionFit fit) {
            return new FunctionMatch(Function.of(fit.function()), fit.reason());
        }
    }

    record Qualification(String name, String slug, @Nullable Integer mboLevel, @Nullable Integer nlqfLevel,
            List<CoreTask> coreTasks, List<FunctionMatch> preparesFor, List<FunctionMatch> fitsOnLevel) {
        static Qualification of(QualificationFunctions q) {
            CatalogEntry e = q.qualification();
            return new Qualification(e.name(), e.slug(), e.mboLevel(), nlqf(e), e.coreTasks(),
                    q.preparesFor().stream().map(FunctionMatch::of).toList(),
                    q.onLevel().stream().map(FunctionMatch::of).toList());
        }
    }

    record Range(int low, int high, String label) {
        static @Nullable Range of(@Nullable NlqfRange range) {
            return range == null ? null : new Range(range.low().number(), range.high().number(), range.label());
        }
    }

    record FittingQualification(String name, @Nullable Integer mboLevel, @Nullable Integer nlqfLevel, FitReason reason,
            List<String> via) {
        static FittingQualification of(QualificationFit fit) {
            CatalogEntry e = fit.qualification();
            return new FittingQualification(e.name(), e.mboLevel(), nlqf(e), fit.reason(),
                    fit.via().stream().map(r -> r.code().value()).toList());
        }
    }

    record Fit(Function profile, @Nullable Range range, List<FittingQualification> qualifications) {
        static Fit of(ProfileFit fit) {
            return new Fit(Function.of(fit.profile()), Range.of(fit.range()),
                    fit.qualifications().stream().map(FittingQualification::of).toList());
        }
    }

    /** Profiles per behaviour level A–D, without level, and in total. */
    record CompetencyCount(String competency, Map<String, Integer> levels, int withoutLevel, int profiles) {
        static CompetencyCount of(CompetencyDemand d) {
            Map<String, Integer> levels = new LinkedHashMap<>();
            for (LevelLetter l : LevelLetter.values()) {
                levels.put(l.name(), d.at(l));
            }
            return new CompetencyCount(d.competency(), levels, d.withoutLevel(), d.profiles());
        }
    }

    record QualificationCount(String name, @Nullable Integer mboLevel, int enrichedProfiles, int normFunctions) {
        static QualificationCount of(QualificationDemand d) {
            return new QualificationCount(d.qualification().name(), d.qualification().mboLevel(), d.enrichedProfiles(),
                    d.normFunctions());
        }
    }

    record DemandView(int profileCount, List<CompetencyCount> competencies, List<QualificationCount> qualifications) {
        static DemandView of(Demand d) {
            return new DemandView(d.profileCount(), d.competencies().stream().map(CompetencyCount::of).toList(),
                    d.qualifications().stream().map(QualificationCount::of).toList());
        }
    }

    private static @Nullable Integer nlqf(CatalogEntry e) {
        NlqfLevel level = e.nlqf();
        return level == null ? null : level.number();
    }
}
