package nl.functiehuis.publish;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.profile.FunctionProfile;
import org.jspecify.annotations.Nullable;

/**
 * One profile version as it is printed, in its house: its anchor in a booklet, the line above its title (kind and place in
 * the house), its facts, the version line of the page footer and its kind-specific sections.
 */
public record PrintedProfile(
        String houseName,
        ProfileVersion version,
        String anchor,
        String kicker,
        @Nullable String subtitle,
        List<Fact> facts,
        String versionLine,
        PrintDetails details) {

    /** A labelled fact of the title block, e.g. "Status" → "Concept". */
    public record Fact(String label, String value) {}

    public FunctionProfile profile() {
        return version.profile();
    }

    public String code() {
        return version.code().value();
    }

    public String title() {
        return version.profile().title();
    }

    /** The facts two by two, as the title block's rows. */
    public List<List<Fact>> factRows() {
        List<List<Fact>> rows = new ArrayList<>();
        for (int i = 0; i < facts.size(); i += 2) {
            rows.add(facts.subList(i, Math.min(i + 2, facts.size())));
        }
        return rows;
    }
}
