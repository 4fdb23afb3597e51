package nl.functiehuis.importer.uwv;

import nl.functiehuis.importer.blocks.Location;
import org.jspecify.annotations.Nullable;

/**
 * A row of the result-area table as the document writes it: the name, whether it is "n.v.t.", the core
 * activity cell as written, how many paragraphs each cell has, the sub-list under the activities, and the
 * examples a paragraph gives in brackets ("(bv. …)").
 */
public record ResultRow(
        String name,
        Location at,
        boolean notApplicable,
        String activityText,
        int activityParagraphs,
        int activitySubItems,
        int resultParagraphs,
        @Nullable String examples) {}
