package nl.functiehuis.publish;

import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import nl.functiehuis.application.EvaluationDocument;
import nl.functiehuis.application.EvaluationReport;
import nl.functiehuis.evaluation.Amounts;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.ITemplateEngine;

/**
 * The gunningsadvies (award advice) of a vacancy as PDF: the ranking, each candidate's breakdown, every
 * exclusion with its reason and the four-eyes state, typeset like the other publications.
 */
public final class AwardAdvice {
    private final Typesetter typesetter;
    private final Clock clock;

    public AwardAdvice(ITemplateEngine templates, Clock clock) {
        this.typesetter = new Typesetter(templates);
        this.clock = clock;
    }

    /** What the print template shows. */
    public record Printed(EvaluationDocument doc, @Nullable String organisation, String printedOn, String state,
            String method) {
        public String number(java.math.BigDecimal value) {
            return Amounts.number(value);
        }

        public String euro(java.math.@Nullable BigDecimal value) {
            return value == null ? "" : Amounts.euro(value);
        }

        public List<EvaluationDocument.RankedItem> ranking() {
            return doc.ranking();
        }
    }

    public void pdf(EvaluationReport report, OutputStream out) {
        typesetter.pdf(typesetter.xhtml("print/award", "doc", printed(report), true), out);
    }

    public String html(EvaluationReport report) {
        return typesetter.xhtml("print/award", "doc", printed(report), false);
    }

    private Printed printed(EvaluationReport report) {
        var doc = EvaluationDocument.of(report);
        String state = doc.confirmed()
                ? "Definitief: bevestigd door " + doc.confirmedBy() + " op " + PrintDates.of(doc.confirmedAt())
                : "Nog niet definitief: de tweede beoordelaar heeft niet bevestigd"
                        + (doc.reopened() ? " (heropend na een wijziging)" : "");
        String method = "Prijs " + doc.pricePercent() + "% (" + report.evaluation().settings().priceMethod().label()
                + "), kwaliteit " + doc.qualityPercent() + "%";
        return new Printed(doc, report.vacancy().vacancy().organisation(), PrintDates.of(clock.instant()), state,
                method);
    }
}
