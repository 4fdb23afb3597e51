package nl.functiehuis.importer.booklet;

import java.util.EnumSet;
import java.util.Set;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.SourceDocument;

/**
 * How much a document looks like a CompetentieBOX booklet, by structure only: profile headings
 * ("NAAM FUNCTIE", "CODE" with a function code), behaviour-level lines ("Niveau C (…)") and the
 * section labels of a profile text.
 */
final class BookletFit {
    private static final Set<BookletLabel> SECTIONS = EnumSet.of(BookletLabel.SERIES, BookletLabel.GROUP,
            BookletLabel.CHARACTERISTICS, BookletLabel.CRITICAL, BookletLabel.COMPETENCIES, BookletLabel.VAKKENNIS,
            BookletLabel.KNOWLEDGE, BookletLabel.SKILLS, BookletLabel.EDUCATION);
    /** Without a single profile heading a document scores at most this. */
    private static final double WITHOUT_HEADINGS = 0.3;

    private BookletFit() {}

    static double of(SourceDocument document) {
        int heads = 0;
        int levels = 0;
        Set<BookletLabel> sections = EnumSet.noneOf(BookletLabel.class);
        for (Block b : document.blocks()) {
            if (b.isRow()) {
                continue;
            }
            if (LevelLine.parse(b.text()).isPresent()) {
                levels++;
                continue;
            }
            var match = Segmenter.label(b);
            if (match.isEmpty()) {
                continue;
            }
            BookletLabel label = match.get().label();
            if (label == BookletLabel.NAME || label == BookletLabel.CODE && ProfileSplitter.isCode(match.get().rest())) {
                heads++;
            } else if (SECTIONS.contains(label)) {
                sections.add(label);
            }
        }
        double fit = 0.4 * Math.min(1, heads / 4.0) + 0.3 * Math.min(1, levels / 5.0) + 0.3 * Math.min(1, sections.size() / 5.0);
        return heads == 0 ? Math.min(fit, WITHOUT_HEADINGS) : fit;
    }
}
