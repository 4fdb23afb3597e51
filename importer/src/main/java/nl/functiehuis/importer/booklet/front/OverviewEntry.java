package nl.functiehuis.importer.booklet.front;

import nl.functiehuis.importer.blocks.Location;
import org.jspecify.annotations.Nullable;

/** One line of the profile overview (3.1): order, name and code without dot leaders, and page. */
public record OverviewEntry(int order, String name, String code, @Nullable Integer page, Location at) {

    /** An enriched profile has a code with a suffix ("N06.01.02/VP"). */
    public boolean isEnriched() {
        return code.contains("/");
    }

    /** The code without the enriched-profile suffix. */
    public String baseCode() {
        int slash = code.indexOf('/');
        return slash < 0 ? code : code.substring(0, slash).strip();
    }
}
