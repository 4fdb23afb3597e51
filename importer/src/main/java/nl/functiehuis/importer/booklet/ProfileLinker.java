package nl.functiehuis.importer.booklet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.blocks.Spelling;
import nl.functiehuis.importer.booklet.front.FrontMatter;
import nl.functiehuis.importer.booklet.front.NlqfRow;
import nl.functiehuis.importer.booklet.front.OverviewEntry;
import org.jspecify.annotations.Nullable;

/**
 * Ties each profile text to its overview entry (by code) and its NLQF row (by function title, through
 * {@link FunctionTitles}; an enriched profile takes its base's row). Titles matched despite their spelling,
 * profiles without an entry or row, and entries or rows without a profile are reported.
 */
final class ProfileLinker {
    private ProfileLinker() {}

    static List<ProfileLink> link(List<ProfileFacts> profiles, FrontMatter front, ImportReport report) {
        Map<String, NlqfRow> byTitle = new LinkedHashMap<>();
        front.nlqf().rows().forEach(r -> byTitle.putIfAbsent(r.title(), r));
        Set<NlqfRow> used = new HashSet<>();
        Set<OverviewEntry> listed = new HashSet<>();
        Map<String, NlqfRow> byBase = new HashMap<>();
        profiles.stream().filter(p -> !BookletCode.of(p.codeText()).enriched())
                .forEach(p -> row(p, byTitle, report).ifPresent(r -> byBase.put(key(p.codeText()), r)));
        List<ProfileLink> out = new ArrayList<>();
        for (ProfileFacts p : profiles) {
            BookletCode code = BookletCode.of(p.codeText());
            NlqfRow row = byBase.get(key(code.base()));
            if (row == null && code.enriched()) {
                row = row(p, byTitle, report).orElse(null);
            }
            if (row == null && !byTitle.isEmpty()) {
                report.warn(p.code().at(), "profiel " + p.codeText() + ": geen rij in de NLQF-tabellen; NLQF-niveau onbekend");
            }
            OverviewEntry entry = entry(p, front);
            if (entry == null && !front.overview().entries().isEmpty()) {
                report.warn(p.code().at(), "profiel " + p.codeText() + " staat niet in het overzicht van de profielen");
            }
            if (row != null) {
                used.add(row);
            }
            if (entry != null) {
                listed.add(entry);
            }
            out.add(new ProfileLink(p.codeText(), entry, row));
        }
        unused(profiles, front, used, listed, report);
        return out;
    }

    private static Optional<NlqfRow> row(ProfileFacts p, Map<String, NlqfRow> byTitle, ImportReport report) {
        Optional<Spelling.Match> match = FunctionTitles.match(p.name().text(), byTitle.keySet());
        match.filter(m -> !m.exact()).ifPresent(m -> report.warn(byTitle.get(m.candidate()).at(), "NLQF-tabel schrijft '"
                + m.candidate() + "', profiel " + p.codeText() + " '" + p.name().text() + "'; gelezen als dezelfde functie"
                + " (afwijkende spelling)"));
        return match.map(m -> byTitle.get(m.candidate()));
    }

    private static @Nullable OverviewEntry entry(ProfileFacts p, FrontMatter front) {
        return front.overview().entries().stream().filter(e -> key(e.code()).equals(key(p.codeText()))).findFirst()
                .orElse(null);
    }

    private static void unused(List<ProfileFacts> profiles, FrontMatter front, Set<NlqfRow> used,
            Set<OverviewEntry> listed, ImportReport report) {
        if (profiles.isEmpty()) {
            return;
        }
        if (front.nlqf().rows().isEmpty()) {
            report.warn(profiles.get(0).code().at(), "geen NLQF-tabel in het voorwerk gevonden; de profielen krijgen geen NLQF-niveau");
        }
        front.nlqf().rows().stream().filter(r -> !used.contains(r)).forEach(r -> report.warn(r.at(),
                "NLQF-tabel noemt '" + r.title() + "', maar geen profieltekst heeft die titel"));
        front.overview().entries().stream().filter(e -> !listed.contains(e)).forEach(e -> report.warn(e.at(),
                "overzicht noemt '" + e.name() + "' (" + e.code() + "), maar het boekje heeft geen profieltekst met die code"));
    }

    /** A profile code folded for comparison: "N06.01.06 / VP I" and "N06.01.06/VP I" are one code. */
    static String key(String code) {
        return Spelling.fold(code);
    }
}
