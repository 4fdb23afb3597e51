package nl.functiehuis.importer.convert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.functiehuis.importer.blocks.Cell;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Which of a cell's items were list items in the text export: those in an {@code <li>}, or after a bullet. */
final class CellItems {
    private CellItems() {}

    static List<Boolean> listed(Cell cell) {
        List<Boolean> listed = new ArrayList<>();
        if (!cell.listed()) {
            cell.items().forEach(i -> listed.add(false));
            return listed;
        }
        Set<String> listItems = new HashSet<>();
        for (Element li : Jsoup.parseBodyFragment(cell.raw()).select("li")) {
            listItems.add(li.text().strip());
        }
        String raw = cell.raw().strip();
        for (int i = 0; i < cell.items().size(); i++) {
            String item = cell.items().get(i);
            boolean afterBullet = i > 0 || raw.matches("^[•·▪●].*");
            listed.add(listItems.isEmpty() ? afterBullet : listItems.contains(item));
        }
        if (!listed.isEmpty() && !listed.contains(true)) {
            listed.set(0, true);
        }
        return listed;
    }
}
