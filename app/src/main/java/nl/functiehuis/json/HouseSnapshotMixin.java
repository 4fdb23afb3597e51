package nl.functiehuis.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import nl.functiehuis.house.ArchivedDocument;
import nl.functiehuis.validation.BookletStatement;
import nl.functiehuis.validation.RuleSetting;

/**
 * Leaves the sections an export carries beside the house out when they are empty, so that a file written
 * before they existed still loads and exports again byte for byte.
 */
interface HouseSnapshotMixin {
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    List<BookletStatement> bookletStatements();

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    List<RuleSetting> ruleSettings();

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    List<ArchivedDocument> documents();
}
