package nl.functiehuis.importer.uwv;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.blocks.Block;

/**
 * Reads the behaviour-competency table (gedragscompetentie, definitie, gedragsvoorbeeld): one competency per
 * row; a row with an empty first cell continues the one before it (a page break).
 */
final class BehaviourTable {
    private BehaviourTable() {}

    static List<BehaviourRow> read(List<Block> rows, ImportReport report) {
        List<BehaviourRow> read = new ArrayList<>();
        for (Block block : rows) {
            if (!block.isRow()) {
                break;
            }
            if (block.cell(0).isEmpty() && !read.isEmpty()) {
                BehaviourRow last = read.remove(read.size() - 1);
                read.add(new BehaviourRow(last.name(), join(last.definition(), block.cell(1).text()),
                        join(last.example(), block.cell(2).text()), last.at()));
                report.info(block.at(), "rij zet de competentie '" + last.name() + "' voort (pagina-overgang)");
            } else if (!block.cell(0).isEmpty()) {
                read.add(new BehaviourRow(block.cell(0).text(), block.cell(1).text(), block.cell(2).text(), block.at()));
            }
        }
        return read;
    }

    private static String join(String a, String b) {
        return (a + " " + b).strip();
    }
}
