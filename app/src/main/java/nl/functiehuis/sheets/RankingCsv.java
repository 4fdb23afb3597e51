package nl.functiehuis.sheets;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.application.EvaluationDocument;
import nl.functiehuis.evaluation.Amounts;

/**
 * The ranking as CSV for a spreadsheet: semicolon separated (Dutch Excel), decimal comma, one row per
 * candidate, ranked first, then the excluded with their reasons.
 */
public final class RankingCsv {
    private RankingCsv() {}

    public static String of(EvaluationDocument doc) {
        List<String> lines = new ArrayList<>();
        lines.add("rang;kandidaat;totaal;kwaliteit;prijs;tarief;uitnodigen;uitgesloten om");
        for (var r : doc.ranking()) {
            lines.add(String.join(";", String.valueOf(r.rank()), cell(r.label()), Amounts.number(r.total()),
                    Amounts.number(r.quality()), Amounts.number(r.price()),
                    r.rate() == null ? "" : Amounts.number(r.rate()), r.invited() ? "ja" : "nee", ""));
        }
        for (var e : doc.excluded()) {
            lines.add(String.join(";", "", cell(e.label()), "", "", "", "", "nee",
                    cell(e.reasons().isEmpty() ? "uitgesloten" : String.join("; ", e.reasons()))));
        }
        return String.join("\r\n", lines) + "\r\n";
    }

    private static String cell(String text) {
        String safe = text.matches("^[=+\\-@].*") ? "'" + text : text;
        return safe.contains(";") || safe.contains("\"") || safe.contains("\n")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
