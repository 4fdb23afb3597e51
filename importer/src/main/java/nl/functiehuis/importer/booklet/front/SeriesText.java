package nl.functiehuis.importer.booklet.front;

import java.util.List;
import java.util.Optional;
import nl.functiehuis.importer.blocks.Location;
import org.jspecify.annotations.Nullable;

/** The function series of section 1.3: its name, code prefix, opening description and its groups. */
public record SeriesText(@Nullable String section, @Nullable String name, @Nullable String codePrefix,
        @Nullable String description, List<GroupText> groups, @Nullable Location at) {

    public SeriesText {
        groups = List.copyOf(groups);
    }

    public static SeriesText empty() {
        return new SeriesText(null, null, null, null, List.of(), null);
    }

    /** The group a function of the overview belongs to, by name. */
    public Optional<GroupText> groupOf(String function) {
        return groups.stream().filter(g -> g.functions().contains(function)).findFirst();
    }
}
