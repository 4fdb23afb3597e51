package nl.functiehuis.importer.levelled;

import java.util.EnumSet;
import java.util.Set;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.SourceDocument;

/**
 * How much a document looks like a levelled profile, from its structure only: header rows with a
 * column per level letter (the strongest sign), a level table (level, name, scale), the labels of the
 * general-information table as first cells, and competency rows per numbered domain.
 */
final class LevelledFit {
    private LevelledFit() {}

    static double score(SourceDocument document) {
        int levelHeaders = 0;
        boolean levelTable = false;
        int domainRows = 0;
        Set<InfoLabel> labels = EnumSet.noneOf(InfoLabel.class);
        for (Block block : document.blocks()) {
            if (!block.isRow()) {
                continue;
            }
            if (LevelColumns.isHeader(block)) {
                levelHeaders++;
            }
            levelTable |= LevelTableReader.roles(block) != null;
            if (Domains.label(block.cell(0).text()).isPresent()) {
                domainRows++;
            }
            if (block.cells().size() >= 2 && !block.cell(1).isEmpty()) {
                Headings.label(block.cell(0).text()).ifPresent(m -> labels.add(m.label()));
            }
        }
        return 0.45 * Math.min(1, levelHeaders / 3.0) + 0.25 * (levelTable ? 1 : 0)
                + 0.15 * labels.size() / InfoLabel.values().length + 0.15 * Math.min(1, domainRows / 4.0);
    }
}
