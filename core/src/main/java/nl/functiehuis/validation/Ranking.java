package nl.functiehuis.validation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.profile.NormFunction;

/**
 * Ranks the norm functions of a group from the lightest to the heaviest. When every title ends in a
 * Roman numeral (Medewerker Publiek I … V) the numeral decides and I is the heaviest; otherwise the code
 * does, the lowest code being the heaviest, as HR21 numbers its norm functions.
 */
final class Ranking {
    private static final Pattern NUMERAL = Pattern.compile("\\s(I|II|III|IV|V|VI|VII|VIII|IX|X)\\s*$");
    private static final Map<String, Integer> VALUES = Map.of("I", 1, "II", 2, "III", 3, "IV", 4, "V", 5, "VI", 6,
            "VII", 7, "VIII", 8, "IX", 9, "X", 10);

    private Ranking() {}

    static List<NormFunction> lightestFirst(List<NormFunction> functions) {
        boolean numbered = functions.stream().allMatch(f -> numeral(f.title()).isPresent());
        Comparator<NormFunction> heaviestFirst = numbered
                ? Comparator.comparingInt(f -> numeral(f.title()).orElseThrow())
                : Comparator.comparing(f -> f.code().value());
        return functions.stream().sorted(heaviestFirst.reversed()).toList();
    }

    static OptionalInt numeral(String title) {
        Matcher m = NUMERAL.matcher(title);
        return m.find() ? OptionalInt.of(VALUES.get(m.group(1))) : OptionalInt.empty();
    }
}
