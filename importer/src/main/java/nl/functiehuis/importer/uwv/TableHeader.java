package nl.functiehuis.importer.uwv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Spelling;

/** A table's header row, recognised by its column names (spelling tolerated), with the names as written. */
record TableHeader(int index, Block row, List<String> columns, List<Spelling.Match> matches) {

    static Optional<TableHeader> at(int index, Block block, List<String> expected) {
        if (!block.isRow() || block.cells().size() < expected.size()) {
            return Optional.empty();
        }
        List<String> written = new ArrayList<>();
        List<Spelling.Match> matches = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            String cell = block.cell(i).text();
            Optional<Spelling.Match> match = Spelling.closest(cell, List.of(expected.get(i)));
            if (match.isEmpty()) {
                return Optional.empty();
            }
            written.add(cell);
            matches.add(match.get());
        }
        return Optional.of(new TableHeader(index, block, written, matches));
    }

    /** Column names written differently from the expected ones: "written" → expected. */
    List<String[]> tolerated() {
        List<String[]> differ = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (!matches.get(i).exact()) {
                differ.add(new String[] {columns.get(i), matches.get(i).candidate()});
            }
        }
        return differ;
    }
}
