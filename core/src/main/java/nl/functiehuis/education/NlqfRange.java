package nl.functiehuis.education;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.Checks;
import nl.functiehuis.InvalidValue;
import org.jspecify.annotations.Nullable;

/** A span of NLQF levels, from {@code low} to {@code high} inclusive, e.g. "2/3" or a single level "4". */
public record NlqfRange(NlqfLevel low, NlqfLevel high) {
    private static final Pattern DIGIT = Pattern.compile("\\b([0-8])\\b");

    public NlqfRange {
        Checks.required(low, "low");
        Checks.required(high, "high");
        if (low.number() > high.number()) {
            throw new InvalidValue("low", "ligt boven " + high.label());
        }
    }

    public static NlqfRange of(NlqfLevel level) {
        return new NlqfRange(level, level);
    }

    /**
     * Reads the levels written in a text such as "4", "2/3" or "4/6": the range from the lowest to the highest
     * number 0–8 in it, or empty when it names none.
     */
    public static Optional<NlqfRange> parse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        List<NlqfLevel> levels = new ArrayList<>();
        Matcher m = DIGIT.matcher(text);
        while (m.find()) {
            NlqfLevel.of(Integer.parseInt(m.group(1))).ifPresent(levels::add);
        }
        return levels.stream().map(NlqfRange::of).reduce(NlqfRange::span);
    }

    /** The smallest range that holds both this range and the other. */
    public NlqfRange span(NlqfRange other) {
        NlqfLevel lo = low.number() <= other.low.number() ? low : other.low;
        NlqfLevel hi = high.number() >= other.high.number() ? high : other.high;
        return new NlqfRange(lo, hi);
    }

    public boolean contains(NlqfLevel level) {
        return level.number() >= low.number() && level.number() <= high.number();
    }

    /** "NLQF 4" or "NLQF 2–3". */
    public String label() {
        return low == high ? low.label() : "NLQF " + low.number() + "–" + high.number();
    }
}
