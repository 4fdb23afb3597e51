package nl.functiehuis.importer.booklet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.functiehuis.house.FunctionGroup;
import nl.functiehuis.house.FunctionSeries;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.booklet.Copies.Copy;
import nl.functiehuis.importer.booklet.Inconsistency.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Builds the function series and its groups from the "Functiereeks …:" and "Functiegroep …:"
 * paragraphs every profile repeats; codes come from the profile codes (N06.01.02 → series N06, group
 * N06.01). The first profile's text is kept; later copies that differ are reported.
 */
final class SeriesBuilder {
    private SeriesBuilder() {}

    private record Part(String code, String name, Written nameAt, Copy text) {}

    static List<FunctionSeries> build(List<ProfileFacts> profiles, Findings findings, ImportReport report) {
        Map<String, Part> series = new LinkedHashMap<>();
        Map<String, Map<String, Part>> groups = new LinkedHashMap<>();
        for (ProfileFacts p : profiles) {
            BookletCode code = BookletCode.of(p.codeText());
            if (code.seriesCode() == null || code.groupCode() == null) {
                report.warn(p.code().at(), "profiel " + p.codeText() + ": code heeft niet de vorm reeks.groep.functie;"
                        + " niet ingedeeld in een functiereeks");
                continue;
            }
            Part s = merge(series, code.seriesCode(), p.seriesName(), heading(p, BookletLabel.SERIES), p.seriesText(), p, "functiereeks", findings);
            Map<String, Part> inSeries = groups.computeIfAbsent(s.code(), k -> new LinkedHashMap<>());
            merge(inSeries, code.groupCode(), p.groupName(), heading(p, BookletLabel.GROUP), p.groupText(), p, "functiegroep", findings);
        }
        return series.values().stream().map(s -> new FunctionSeries(s.code(), s.name(), text(s),
                groups.get(s.code()).values().stream().map(g -> new FunctionGroup(g.code(), g.name(), text(g))).toList())).toList();
    }

    private static Written heading(ProfileFacts p, BookletLabel label) {
        return p.heading(label).map(ProfileParts.HeadingUse::asWritten).orElse(p.code());
    }

    private static Part merge(Map<String, Part> parts, String code, @Nullable String name, Written nameAt, List<Written> text,
            ProfileFacts p, String what, Findings findings) {
        String profile = p.codeText();
        Part first = parts.get(code);
        if (first == null) {
            Part part = new Part(code, name == null ? code : name, nameAt, new Copy(text, profile));
            parts.put(code, part);
            return part;
        }
        if (name != null && !name.equals(first.name())) {
            findings.note(what + "|" + code, Kind.NAME_SPELLING, "naam van " + what + " " + code + " verschilt",
                    List.of(Findings.reading(first.nameAt(), first.text().profile()), Findings.reading(nameAt, profile)));
        }
        Copies.compare("beschrijving " + what + " " + first.name(), Kind.COPY_VARIANT, first.text(), new Copy(text, profile), findings);
        return first;
    }

    private static @Nullable String text(Part part) {
        String joined = part.text().items().stream().map(Written::text).collect(Collectors.joining("\n"));
        return joined.isBlank() ? null : joined;
    }
}
