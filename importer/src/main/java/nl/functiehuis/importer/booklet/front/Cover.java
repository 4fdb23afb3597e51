package nl.functiehuis.importer.booklet.front;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The cover and colophon of a booklet: the series it belongs to, the box, its title and volume label
 * ("VI Dienstverlening"), the professions named on the cover, publisher, website, licence and contact,
 * and the counts the reading guide states (booklets in the box, parts in a booklet).
 */
public record Cover(@Nullable String series, @Nullable String box, @Nullable String title,
        @Nullable String volumeLabel, List<String> professions, @Nullable String publisher,
        @Nullable String website, @Nullable String license, Contact contact,
        @Nullable Integer seriesBookletCount, @Nullable Integer partCount) {

    public Cover {
        professions = List.copyOf(professions);
    }

    public static Cover empty() {
        return new Cover(null, null, null, null, List.of(), null, null, null, Contact.empty(), null, null);
    }
}
