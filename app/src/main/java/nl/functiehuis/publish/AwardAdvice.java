package nl.functiehuis.publish;

import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.functiehuis.application.EvaluationDocument;
import nl.functiehuis.application.EvaluationReport;
import nl.functiehuis.evaluation.Amounts;
import nl.functiehuis.evaluation.CvFile;
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
            String method, Map<String, CvFile> cvFiles) {

        /** "cv als bestand: NAAM (grootte)" for a candidate with a CV file, else null. */
        public @Nullable String cvFile(String candidateId) {
            var file = cvFiles.get(candidateId);
            return file == null ? null : "cv als bestand: " + file.describe();
        }

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
        pdf(report, Map.of(), out);
    }

    /** With the candidates' CV files (by candidate id), named only when the report is for the team. */
    public void pdf(EvaluationReport report, Map<String, CvFile> cvFiles, OutputStream out) {
        typesetter.pdf(typesetter.xhtml("print/award", "doc", printed(report, cvFiles), true), out);
    }

    public String html(EvaluationReport report) {
        return html(report, Map.of());
    }

    public String html(EvaluationReport report, Map<String, CvFile> cvFiles) {
        return typesetter.xhtml("print/award", "doc", printed(report, cvFiles), false);
    }

    private Printed printed(EvaluationReport report, Map<String, CvFile> cvFiles) {
        var doc = EvaluationDocument.of(report);
        String state = doc.confirmed()
                ? "Definitief: bevestigd door " + doc.confirmedBy() + " op " + PrintDates.of(doc.confirmedAt())
                : "Nog niet definitief: de tweede beoordelaar heeft niet bevestigd"
                        + (doc.reopened() ? " (heropend na een wijziging)" : "");
        String method = "Prijs " + doc.pricePercent() + "% (" + report.evaluation().settings().priceMethod().label()
                + "), kwaliteit " + doc.qualityPercent() + "%";
        return new Printed(doc, report.vacancy().vacancy().organisation(), PrintDates.of(clock.instant()), state,
                method, report.personal() ? Map.copyOf(cvFiles) : Map.of());
    }
}
