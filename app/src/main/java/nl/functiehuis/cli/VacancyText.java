package nl.functiehuis.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Objects;
import java.util.stream.Stream;
import nl.functiehuis.vacancy.AskedCompetency;
import nl.functiehuis.vacancy.Requirement;
import nl.functiehuis.vacancy.SavedVacancy;
import nl.functiehuis.vacancy.Task;
import nl.functiehuis.vacancy.Terms;
import nl.functiehuis.vacancy.TermsText;
import nl.functiehuis.vacancy.Vacancy;
import nl.functiehuis.vacancy.Wish;

/** A vacancy as plain text: head, terms, tasks, eisen, wensen and competencies. */
final class VacancyText {
    private VacancyText() {}

    static String scale(Terms t) {
        return TermsText.scale(t).isEmpty() ? "-" : TermsText.scale(t);
    }

    static String tariff(Terms t) {
        return TermsText.tariff(t).isEmpty() ? "-" : TermsText.tariff(t);
    }

    static String of(SavedVacancy saved) {
        Vacancy v = saved.vacancy();
        var text = new StringWriter();
        var out = new PrintWriter(text);
        out.println(v.title());
        out.println("Id: " + saved.id() + " · revisie " + saved.revision() + " · " + v.status().label());
        if (v.organisation() != null || v.department() != null) {
            out.println("Organisatie: " + String.join(", ", Stream.of(v.organisation(), v.department())
                    .filter(Objects::nonNull).toList()));
        }
        if (v.profileCode() != null) {
            out.println("Profiel: " + v.profileCode() + (v.profileVersion() == null ? "" : " versie " + v.profileVersion()));
        }
        if (saved.source() != null) {
            out.println("Bron: " + saved.source());
        }
        var terms = new Columns();
        TermsText.lines(v.terms()).forEach(l -> terms.row("  " + l.label() + ":", l.value()));
        if (!TermsText.lines(v.terms()).isEmpty()) {
            out.println();
            out.println("Aanbod");
            terms.print(out);
        }
        section(out, "Taken (" + v.tasks().size() + ")");
        for (Task t : v.tasks()) {
            out.println("  - " + t.text() + (t.future() ? " [toekomst]" : ""));
        }
        section(out, "Eisen (" + v.requirements().size() + ", knock-out)");
        for (Requirement r : v.requirements()) {
            out.println("  - [" + r.kind().label() + (r.asks().isEmpty() ? "" : ": " + r.asks()) + "] " + r.text());
        }
        section(out, "Wensen (" + v.wishes().size() + ")");
        for (Wish w : v.wishes()) {
            out.println("  - " + w.text() + (w.maxPoints() == null ? "" : " (max. " + w.maxPoints() + " punten)"));
            if (w.scoringGuide() != null) {
                out.println("    Beoordeling: " + w.scoringGuide());
            }
        }
        section(out, "Competenties (" + v.competencies().size() + ")");
        for (AskedCompetency c : v.competencies()) {
            out.println("  - " + c.name() + (c.level() == null ? "" : " (niveau " + c.level() + ")"));
        }
        out.flush();
        return text.toString().stripTrailing();
    }

    private static void section(PrintWriter out, String heading) {
        out.println();
        out.println(heading);
    }
}
