package nl.functiehuis.importer.booklet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.functiehuis.importer.booklet.Inconsistency.Kind;
import nl.functiehuis.importer.booklet.Inconsistency.Reading;
import nl.functiehuis.importer.booklet.ProfileParts.CompetencyText;
import nl.functiehuis.importer.booklet.StatedLevelCheck.ProfileLevel;
import nl.functiehuis.importer.booklet.front.FrontMatter;
import nl.functiehuis.importer.booklet.front.MatrixColumn;
import nl.functiehuis.importer.booklet.front.StatedLevel;
import org.jspecify.annotations.Nullable;

/**
 * Checks each behaviour level a group text states against the profiles of the functions it names. A
 * statement the profiles contradict is reported as a WARNING quoting the sentence, the profiles' level
 * lines and the matrix letters; the profiles are kept as the authority.
 */
final class StatedLevels {
    private StatedLevels() {}

    static List<StatedLevelCheck> check(FrontMatter front, ProfileIndex index, List<MatrixReading> rows, Findings findings) {
        List<StatedLevelCheck> out = new ArrayList<>();
        for (StatedLevel s : front.statedLevels()) {
            List<ProfileLevel> levels = new ArrayList<>();
            List<Reading> readings = new ArrayList<>(List.of(new Reading(s.sentence(), s.at(), null)));
            for (String function : s.functions()) {
                Optional<ProfileFacts> p = index.function(function, null, s.at(), "tekst over functiegroep " + s.group());
                Optional<CompetencyText> c = p.flatMap(x -> ProfileIndex.competency(x, s.competency()));
                String code = p.map(ProfileFacts::codeText).orElse(null);
                levels.add(new ProfileLevel(function, code, c.map(CompetencyText::letter).map(Enum::name).orElse(null)));
                c.ifPresent(x -> readings.add(Findings.reading(ProfileIndex.levelLine(x), code)));
                matrixLetter(front, rows, code, s.competency()).ifPresent(readings::add);
            }
            boolean agrees = levels.stream().allMatch(l -> s.level().equals(l.level()));
            if (!agrees) {
                String found = levels.stream().map(l -> l.function() + " " + (l.level() == null ? "geen niveau" : "niveau " + l.level()))
                        .collect(Collectors.joining(", "));
                findings.note("tekst|" + s.at() + "|" + s.competency(), Kind.FRONT_VS_PROFILE, "de tekst over functiegroep "
                        + s.group() + " noemt voor " + s.competency() + " niveau " + s.level() + ", de profielen geven " + found,
                        readings);
            }
            out.add(new StatedLevelCheck(s, levels, agrees));
        }
        return out;
    }

    private static Optional<Reading> matrixLetter(FrontMatter front, List<MatrixReading> rows, @Nullable String code,
            String competency) {
        if (code == null) {
            return Optional.empty();
        }
        Optional<String> column = front.matrix().column(competency).map(MatrixColumn::name);
        return rows.stream().filter(r -> code.equals(r.profileCode())).findFirst().flatMap(r -> column
                .map(r.levels()::get).map(letter -> new Reading(letter, r.at(), "matrix " + r.function())));
    }
}
