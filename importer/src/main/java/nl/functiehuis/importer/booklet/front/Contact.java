package nl.functiehuis.importer.booklet.front;

import org.jspecify.annotations.Nullable;

/** The publisher's address block (usually on the back cover), each field as written. */
public record Contact(@Nullable String postbus, @Nullable String postcodeCity, @Nullable String phone,
        @Nullable String email, @Nullable String website) {

    public static Contact empty() {
        return new Contact(null, null, null, null, null);
    }
}
