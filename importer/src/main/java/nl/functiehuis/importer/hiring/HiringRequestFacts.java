package nl.functiehuis.importer.hiring;

import java.util.List;
import java.util.Optional;
import nl.functiehuis.importer.DocumentFacts;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.importer.text.Inconsistency;
import org.jspecify.annotations.Nullable;

/**
 * What a hiring request says beyond the vacancy: its title line split into title and cluster, the
 * section headings as written, the offer block's labels and values as written, the key phrase of each
 * eis and wens, the department section, the roles and systems it mentions, and its inconsistencies.
 */
public record HiringRequestFacts(
        String titleLine,
        Location titleAt,
        String title,
        @Nullable String cluster,
        @Nullable String clusterFullName,
        List<Heading> headings,
        List<OfferEntry> offer,
        @Nullable String city,
        @Nullable String currencySymbol,
        boolean tariffUnitStated,
        List<ItemFacts> requirements,
        List<ItemFacts> wishes,
        @Nullable Department department,
        List<String> rolesMentioned,
        List<String> systemsMentioned,
        List<Inconsistency> inconsistencies) implements DocumentFacts {

    /** A section heading as written. */
    public record Heading(HiringSection section, String text, Location at) {}

    /**
     * An eis or wens: where, its key phrase (the words that carry it), the education level as written, and
     * the system it names with the expansion written beside it.
     */
    public record ItemFacts(Location at, String keyPhrase, @Nullable String education, @Nullable String system,
            @Nullable String systemExpansion) {}

    /** The department: its name, another way the text writes it, its legal task and its goal as written. */
    public record Department(String name, @Nullable String variant, @Nullable String task, @Nullable String goal) {}

    public Optional<Heading> heading(HiringSection section) {
        return headings.stream().filter(h -> h.section() == section).findFirst();
    }

    public Optional<OfferEntry> offer(OfferField field) {
        return offer.stream().filter(e -> e.field() == field).findFirst();
    }
}
