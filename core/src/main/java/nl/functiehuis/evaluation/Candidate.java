package nl.functiehuis.evaluation;

import java.math.BigDecimal;
import java.util.List;
import nl.functiehuis.Checks;
import nl.functiehuis.InvalidValue;
import org.jspecify.annotations.Nullable;

/** A person a supplier offers for a vacancy, with the hourly rate asked and evidence per eis. */
public record Candidate(
        String id,
        String vacancyId,
        String name,
        String supplier,
        BigDecimal hourlyRate,
        @Nullable String availability,
        @Nullable String cv,
        List<Evidence> evidence) {

    public Candidate {
        id = Checks.text(id, "id");
        vacancyId = Checks.text(vacancyId, "vacature");
        name = Checks.text(name, "naam");
        supplier = Checks.text(supplier, "leverancier");
        hourlyRate = Amounts.amount(hourlyRate, "tarief");
        if (hourlyRate.signum() == 0 || hourlyRate.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
            throw new InvalidValue("tarief", "moet tussen € 0 en € 10.000 per uur liggen");
        }
        availability = Checks.optional(availability);
        cv = Checks.optional(cv);
        evidence = Checks.list(evidence, "bewijs");
    }

    /** The evidence for eis {@code requirement}, or null. */
    public @Nullable String evidenceFor(int requirement) {
        return evidence.stream().filter(e -> e.requirement() == requirement).map(Evidence::text).findFirst()
                .orElse(null);
    }
}
