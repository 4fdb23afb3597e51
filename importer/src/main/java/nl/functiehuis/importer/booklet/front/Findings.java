package nl.functiehuis.importer.booklet.front;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.booklet.front.Inconsistency.Kind;

/** Collects the front matter's inconsistencies and reports each as a WARNING with its place. */
final class Findings {
    private final ImportReport report;
    private final List<Inconsistency> found = new ArrayList<>();

    Findings(ImportReport report) {
        this.report = report;
    }

    void add(Kind kind, String message, List<Quote> quotes) {
        String place = place(quotes);
        found.add(new Inconsistency(kind, place, message, quotes));
        report.warn(place, message);
    }

    List<Inconsistency> all() {
        return List.copyOf(found);
    }

    /** "regel 150" or "regels 150, 202" — the places of the quotes. */
    static String place(List<Quote> quotes) {
        List<Integer> lines = quotes.stream().map(q -> q.at().number()).distinct().sorted().toList();
        if (quotes.isEmpty()) {
            return "voorwerk";
        }
        String unit = quotes.getFirst().at().unit().label();
        return lines.size() == 1 ? unit + " " + lines.getFirst()
                : unit + "s " + lines.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    static String quoted(Quote q) {
        return "'" + q.text() + "' (" + q.at() + ")";
    }
}
