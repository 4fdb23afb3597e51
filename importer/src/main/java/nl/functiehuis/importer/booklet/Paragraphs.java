package nl.functiehuis.importer.booklet;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.blocks.Block;

/**
 * Undoes what the text export did to the profile texts: drops page furniture (lines without a letter
 * or digit, bare page numbers), removes markdown emphasis, and joins a paragraph that a page break cut
 * off (a line starting in lower case after a line that did not end a sentence).
 */
final class Paragraphs {
    private Paragraphs() {}

    static List<Block> clean(List<Block> blocks, ImportReport report) {
        List<Block> out = new ArrayList<>();
        int furniture = 0;
        int joined = 0;
        for (Block block : blocks) {
            if (block.isRow()) {
                out.add(block);
                continue;
            }
            String text = block.text().replace("**", "").strip();
            if (isFurniture(text)) {
                furniture++;
                continue;
            }
            Block previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && continues(previous, block, text)) {
                out.set(out.size() - 1, Block.paragraph(previous.at(), previous.text() + " " + text, previous.bullet()));
                joined++;
                continue;
            }
            out.add(Block.paragraph(block.at(), text, block.bullet()));
        }
        if (furniture + joined > 0 && !blocks.isEmpty()) {
            report.info(blocks.get(0).at(), "profieltekst: " + furniture + " losse opmaakregels overgeslagen, "
                    + joined + " door een paginagrens gesplitste alinea's samengevoegd");
        }
        return out;
    }

    static boolean isFurniture(String text) {
        return text.codePoints().noneMatch(Character::isLetterOrDigit) || text.matches("\\d{1,3}");
    }

    private static boolean continues(Block previous, Block block, String text) {
        if (previous.isRow() || block.isBulleted() || text.isEmpty() || !Character.isLowerCase(text.codePointAt(0))) {
            return false;
        }
        String p = previous.text().strip();
        char last = p.isEmpty() ? '.' : p.charAt(p.length() - 1);
        return ".:;!?)".indexOf(last) < 0 && BookletLabel.match(p).isEmpty();
    }
}
