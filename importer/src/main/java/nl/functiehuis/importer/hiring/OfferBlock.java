package nl.functiehuis.importer.hiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Cell;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.importer.blocks.Spelling;
import org.jspecify.annotations.Nullable;

/**
 * Reads the offer block: label lines ("Werklocatie:") followed by value lines. Labels wait in a queue until
 * values come, so two labels followed by two values pair up too; a value goes to the first waiting label whose
 * shape it fits ("6" to FSK, "30% - 70%" to the ratio), else to the first waiting label.
 */
final class OfferBlock {
    private static final int LONGEST_LABEL = 6;

    private OfferBlock() {}

    private record Pending(@Nullable OfferField field, String label, Location at, int distance) {}

    static List<OfferEntry> read(List<Block> blocks, ImportReport report) {
        List<Pending> pending = new ArrayList<>();
        List<OfferEntry> entries = new ArrayList<>();
        for (Block block : blocks) {
            String text = text(block);
            if (text.isEmpty()) {
                continue;
            }
            if (isLabel(text)) {
                pending.add(pending(text, block.at()));
                continue;
            }
            int colon = text.indexOf(':');
            if (colon > 0 && field(text.substring(0, colon + 1)).isPresent()) {
                Pending inline = pending(text.substring(0, colon + 1), block.at());
                entries.add(entry(inline, text.substring(colon + 1).strip(), block.at()));
                continue;
            }
            if (pending.isEmpty()) {
                report.skip(block.at(), "waarde '" + text + "' in het aanbod hoort bij geen label");
                continue;
            }
            Pending label = pending.stream().filter(p -> p.field() == null || p.field().accepts(text)).findFirst()
                    .orElse(pending.get(0));
            if (pending.size() > 1) {
                report.info(block.at(), "waarde '" + text + "' gekoppeld aan label '" + label.label() + "' ("
                        + label.at() + "): labels en waarden staan niet om en om");
            }
            pending.remove(label);
            entries.add(entry(label, text, block.at()));
        }
        pending.forEach(p -> report.warn(p.at(), "label '" + p.label() + "' in het aanbod heeft geen waarde"));
        return entries;
    }

    static boolean isLabel(String text) {
        return text.endsWith(":") && text.split("\\s+").length <= LONGEST_LABEL;
    }

    static String text(Block block) {
        if (!block.isRow()) {
            return block.text().strip();
        }
        return String.join(" ", block.cells().stream().map(Cell::text).filter(t -> !t.isBlank()).toList()).strip();
    }

    /** The field a label names, with its spelling distance. */
    static Optional<Spelling.Match> field(String label) {
        String name = label.replaceFirst(":$", "").strip();
        List<String> all = new ArrayList<>();
        for (OfferField f : OfferField.values()) {
            all.addAll(f.labels());
        }
        return Spelling.closest(name, all);
    }

    private static Pending pending(String label, Location at) {
        Optional<Spelling.Match> match = field(label);
        OfferField field = match.map(m -> fieldOf(m.candidate())).orElse(null);
        return new Pending(field, label, at, match.map(Spelling.Match::distance).orElse(0));
    }

    private static OfferField fieldOf(String label) {
        for (OfferField f : OfferField.values()) {
            if (f.labels().contains(label)) {
                return f;
            }
        }
        throw new IllegalStateException(label);
    }

    private static OfferEntry entry(Pending label, String value, Location at) {
        return new OfferEntry(label.field(), label.label(), value, label.at(), at, label.distance());
    }
}
