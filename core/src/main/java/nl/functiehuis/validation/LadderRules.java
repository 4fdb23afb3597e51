package nl.functiehuis.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.functiehuis.validation.Ladder.Asked;
import nl.functiehuis.validation.Ladder.Measure;
import nl.functiehuis.validation.Ladder.Rung;
import org.jspecify.annotations.Nullable;

/**
 * Along a ladder, from the lightest function up: a heavier function asks no competency at a lighter
 * behaviour level than the nearest lighter function that asks it, and its scale and minimum education
 * do not fall below those of the nearest lighter function that has one. Each break is reported once,
 * on the heavier function.
 */
final class LadderRules {
    private LadderRules() {}

    static List<Finding> levels(Ladder ladder) {
        List<Finding> findings = new ArrayList<>();
        List<Rung> rungs = ladder.rungs();
        for (int i = 0; i < rungs.size(); i++) {
            Rung light = rungs.get(i);
            for (Asked lighter : light.asked()) {
                Optional<Found> found = heavierAsking(rungs, i, lighter.competency());
                if (found.isEmpty() || !lighter.level().heavierThan(found.get().asked().level())) {
                    continue;
                }
                Asked heavier = found.get().asked();
                findings.add(new Finding(found.get().rung().profile(), heavier.field(), found.get().rung().label()
                        + " vraagt " + heavier.competency() + " op niveau " + heavier.level() + ", lichter dan niveau "
                        + lighter.level() + " bij de lichtere functie " + light.label() + " in " + ladder.name()
                        + ". Een zwaardere functie vraagt ten minste hetzelfde niveau: verhoog het hier naar "
                        + lighter.level() + ", of verlaag het bij de lichtere functie."));
            }
        }
        return findings;
    }

    static List<Finding> scales(Ladder ladder) {
        return falls(ladder, Rung::scale, "de schaal", "dezelfde schaal");
    }

    static List<Finding> education(Ladder ladder) {
        return falls(ladder, Rung::education, "het opleidingsniveau", "hetzelfde opleidingsniveau");
    }

    private record Found(Rung rung, Asked asked) {}

    private static Optional<Found> heavierAsking(List<Rung> rungs, int from, String competency) {
        String key = Listed.fold(competency);
        for (int j = from + 1; j < rungs.size(); j++) {
            for (Asked a : rungs.get(j).asked()) {
                if (Listed.fold(a.competency()).equals(key)) {
                    return Optional.of(new Found(rungs.get(j), a));
                }
            }
        }
        return Optional.empty();
    }

    private static List<Finding> falls(Ladder ladder, Function<Rung, @Nullable Measure> measure, String subject,
            String same) {
        List<Finding> findings = new ArrayList<>();
        Rung lighter = null;
        for (Rung rung : ladder.rungs()) {
            Measure m = measure.apply(rung);
            if (m == null) {
                continue;
            }
            Measure l = lighter == null ? null : measure.apply(lighter);
            if (lighter != null && l != null && m.value() < l.value()) {
                findings.add(new Finding(rung.profile(), m.field(), capital(subject) + " van " + rung.label() + " ("
                        + m.text() + ") ligt lager dan bij de lichtere functie " + lighter.label() + " (" + l.text()
                        + ") in " + ladder.name() + ". Een zwaardere functie heeft ten minste " + same + ": breng "
                        + subject + " hier op ten minste " + l.text() + ", of verlaag " + subject + " van de lichtere functie."));
            }
            lighter = rung;
        }
        return findings;
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
