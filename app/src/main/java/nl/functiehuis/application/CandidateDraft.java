package nl.functiehuis.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.evaluation.Candidate;
import nl.functiehuis.evaluation.Evidence;
import org.jspecify.annotations.Nullable;

/**
 * A candidate as offered, before it has an id: what the API, the CLI file and the web form send. Field
 * names in problems are the JSON names (name, supplier, rate, availability, cv, evidence.N).
 */
public record CandidateDraft(@Nullable String name, @Nullable String supplier, @Nullable BigDecimal rate,
        @Nullable String availability, @Nullable String cv, @Nullable Map<Integer, String> evidence) {

    private static final Map<String, String> JSON_NAMES = Map.of("naam", "name", "leverancier", "supplier",
            "tarief", "rate", "bewijs", "evidence");

    /** The candidate, or an {@link InvalidValue} whose field is {@code prefix} + the JSON name. */
    Candidate toCandidate(String id, String vacancyId, int requirements, String prefix) {
        List<Evidence> shown = new ArrayList<>();
        for (var e : new TreeMap<>(evidence == null ? Map.<Integer, String>of() : evidence).entrySet()) {
            String field = prefix + "evidence." + e.getKey();
            if (e.getKey() < 1 || e.getKey() > requirements) {
                throw new InvalidValue(field, "de vacature heeft geen eis " + e.getKey() + " (eisen 1 tot en met "
                        + requirements + ")");
            }
            if (e.getValue() == null || e.getValue().isBlank()) {
                throw new InvalidValue(field, "is leeg");
            }
            shown.add(new Evidence(e.getKey(), e.getValue()));
        }
        try {
            return new Candidate(id, vacancyId, name, supplier, rate, availability, cv, shown);
        } catch (InvalidValue e) {
            throw new InvalidValue(prefix + JSON_NAMES.getOrDefault(e.field(), e.field()), e.problem());
        }
    }
}
