package nl.functiehuis.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import nl.functiehuis.application.EvaluationDocument;
import nl.functiehuis.evaluation.Amounts;
import nl.functiehuis.evaluation.PriceMethod;

/** The evaluation as text: a ranking table, each candidate's explanation, the exclusions and the four-eyes state. */
final class EvaluationText {
    private EvaluationText() {}

    static String of(EvaluationDocument d) {
        var text = new StringWriter();
        var out = new PrintWriter(text);
        out.println("Beoordeling " + d.title() + " (" + d.vacancyId() + ")");
        out.println("Prijsmethode: " + PriceMethod.valueOf(d.priceMethod()).label() + "; prijs " + d.pricePercent()
                + "% / kwaliteit " + d.qualityPercent() + "%; uitnodigen: beste " + d.invite());
        out.println();
        out.println(String.format("%-5s %8s %10s %8s %10s  %s", "Rang", "Totaal", "Kwaliteit", "Prijs", "Tarief",
                "Kandidaat"));
        for (var r : d.ranking()) {
            out.println(String.format("%-5s %8s %10s %8s %10s  %s", r.rank(), Amounts.number(r.total()),
                    Amounts.number(r.quality()), Amounts.number(r.price()),
                    r.rate() == null ? "" : Amounts.euro(r.rate()), r.label() + (r.invited() ? "  (uitnodigen)" : "")));
        }
        for (var r : d.ranking()) {
            out.println();
            out.println(r.rank() + ". " + r.label());
            r.explanation().forEach(line -> out.println("   " + line));
        }
        if (!d.excluded().isEmpty()) {
            out.println();
            out.println("Uitgesloten:");
            d.excluded().forEach(e -> out.println("   " + e.label() + ": " + String.join("; ", e.reasons())));
        }
        out.println();
        if (d.confirmed()) {
            out.println("Vier ogen: bevestigd door " + d.confirmedBy() + " op " + d.confirmedAt());
        } else {
            out.println("Vier ogen: nog niet bevestigd" + (d.reopened() ? " (heropend: scores gewijzigd na bevestiging)"
                    : ""));
            d.blockers().forEach(b -> out.println("   " + b));
        }
        out.flush();
        return text.toString();
    }
}
