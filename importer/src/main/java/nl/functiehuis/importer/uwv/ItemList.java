package nl.functiehuis.importer.uwv;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Location;
import org.jspecify.annotations.Nullable;

/**
 * A list in running text: the line that introduces it (ending in a colon), its items as written with their
 * place, and whether it was numbered ("1. …"; the number and a closing full stop are not kept).
 */
public record ItemList(@Nullable String intro, List<Item> items, boolean numbered) {
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})[.)]\\s+(.+)$");

    /** An item as written and where. */
    public record Item(String text, Location at) {}

    public ItemList {
        items = List.copyOf(items);
    }

    public List<String> texts() {
        return items.stream().map(Item::text).toList();
    }

    /** The lists among the blocks: runs of bulleted or numbered lines, each with the introducing line before it. */
    static List<ItemList> read(List<Block> blocks) {
        List<ItemList> lists = new ArrayList<>();
        String intro = null;
        List<Item> items = new ArrayList<>();
        boolean numbered = false;
        for (Block block : blocks) {
            Matcher number = NUMBERED.matcher(block.text());
            boolean isNumbered = !block.isRow() && !block.isBulleted() && number.matches();
            boolean isItem = block.isBulleted() || isNumbered;
            if (!items.isEmpty() && (!isItem || numbered != isNumbered)) {
                lists.add(new ItemList(intro, items, numbered));
                items = new ArrayList<>();
                intro = null;
            }
            if (isItem) {
                numbered = isNumbered;
                items.add(new Item(isNumbered ? number.group(2).replaceFirst("[.;]$", "").strip() : block.text(), block.at()));
            } else {
                intro = block.text().strip().endsWith(":") ? block.text().strip() : null;
            }
        }
        if (!items.isEmpty()) {
            lists.add(new ItemList(intro, items, numbered));
        }
        return lists;
    }
}
