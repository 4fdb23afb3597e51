package nl.functiehuis.api;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.functiehuis.application.CandidateRow;
import org.jspecify.annotations.Nullable;

/** A candidate in the API; the personal fields are null for a viewer outside the vacancy's team. */
record CandidateItem(String id, int number, String label, @Nullable String name, @Nullable String supplier,
        @Nullable BigDecimal rate, @Nullable String availability, @Nullable String cv,
        @Nullable Map<Integer, String> evidence) {

    static CandidateItem of(CandidateRow row) {
        var c = row.personal();
        if (c == null) {
            return new CandidateItem(row.id(), row.number(), row.label(), null, null, null, null, null, null);
        }
        Map<Integer, String> evidence = new LinkedHashMap<>();
        c.evidence().forEach(e -> evidence.put(e.requirement(), e.text()));
        return new CandidateItem(row.id(), row.number(), row.label(), c.name(), c.supplier(), c.hourlyRate(),
                c.availability(), c.cv(), evidence);
    }
}
