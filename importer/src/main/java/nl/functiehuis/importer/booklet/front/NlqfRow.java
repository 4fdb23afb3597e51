package nl.functiehuis.importer.booklet.front;

import java.util.List;
import nl.functiehuis.importer.blocks.Location;
import org.jspecify.annotations.Nullable;

/**
 * A function in the NLQF tables: its group, title as written, NLQF level as written ("2/3") and parsed
 * ([2, 3]), the indicator texts and the related education.
 */
public record NlqfRow(@Nullable String group, String title, String levelAsWritten, List<Integer> levels,
        List<LabelledText> indicators, List<RelatedEducation> related, Location at) {

    public NlqfRow {
        levels = List.copyOf(levels);
        indicators = List.copyOf(indicators);
        related = List.copyOf(related);
    }
}
