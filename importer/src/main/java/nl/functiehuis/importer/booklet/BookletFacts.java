package nl.functiehuis.importer.booklet;

import java.util.List;
import nl.functiehuis.importer.DocumentFacts;
import nl.functiehuis.importer.booklet.front.FrontMatter;

/**
 * What a CompetentieBOX booklet says beyond the domain drafts: its front matter (parts 1 and 2 and the
 * overview), each full profile text as written (headings, tables, sections), how the two tie together
 * ({@link FrontLinks}), and the places where the profile texts contradict each other or the front matter
 * (the front matter's own contradictions are in {@link FrontMatter#inconsistencies()}).
 */
public record BookletFacts(FrontMatter front, List<ProfileFacts> profiles, FrontLinks links,
        List<Inconsistency> inconsistencies)
        implements DocumentFacts {
    public BookletFacts {
        profiles = List.copyOf(profiles);
        inconsistencies = List.copyOf(inconsistencies);
    }
}
