package nl.functiehuis.web;

import java.security.Principal;
import java.util.function.Supplier;
import nl.functiehuis.application.AddCandidates;
import nl.functiehuis.application.CandidateCvFiles;
import nl.functiehuis.application.EvaluateVacancy;
import nl.functiehuis.application.EvaluationDocument;
import nl.functiehuis.application.EvaluationNotFound;
import nl.functiehuis.application.Scoring;
import nl.functiehuis.application.VacancyTeam;
import nl.functiehuis.application.Viewer;
import nl.functiehuis.evaluation.CandidateResult;
import nl.functiehuis.evaluation.PriceMethod;
import nl.functiehuis.evaluation.Review;
import nl.functiehuis.evaluation.Verdict;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The candidate pages of a vacancy: the list with the add form, one candidate with verdicts and scores, and
 * the evaluation with ranking, exclusions, explanations, four-eyes and audit log. Outside the vacancy's team
 * candidates are "Kandidaat N" without personal data.
 */
@Controller
@RequestMapping("/vacatures/{id}")
class EvaluationController {
    private final AddCandidates candidates;
    private final EvaluateVacancy evaluate;
    private final Scoring scoring;
    private final VacancyTeam team;
    private final CandidateCvFiles cvFiles;

    EvaluationController(AddCandidates candidates, EvaluateVacancy evaluate, Scoring scoring, VacancyTeam team,
            CandidateCvFiles cvFiles) {
        this.candidates = candidates;
        this.cvFiles = cvFiles;
        this.evaluate = evaluate;
        this.scoring = scoring;
        this.team = team;
    }

    @GetMapping("/kandidaten")
    String list(@PathVariable String id, @Nullable Principal user, Model model) {
        Viewer viewer = viewer(user);
        var vacancy = found(() -> team.vacancy(id));
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("rows", candidates.list(id, viewer));
        model.addAttribute("member", team.sees(viewer, id));
        model.addAttribute("team", team.sees(viewer, id) ? team.members(id) : java.util.Set.of());
        model.addAttribute("nav", "vacatures");
        return "evaluation/candidates";
    }

    @GetMapping("/kandidaten/{cid}")
    String candidate(@PathVariable String id, @PathVariable String cid, @Nullable Principal user, Model model) {
        Viewer viewer = viewer(user);
        var vacancy = found(() -> team.vacancy(id));
        var row = candidates.list(id, viewer).stream().filter(r -> r.id().equals(cid)).findFirst()
                .orElseThrow(() -> new NotFound("Vacature " + id + " heeft geen kandidaat " + cid + "."));
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("row", row);
        model.addAttribute("member", row.personal() != null);
        if (row.personal() != null) {
            var scores = evaluate.candidate(id, cid, viewer);
            model.addAttribute("page", CandidatePage.of(vacancy.vacancy(), scoring.settings(id), scores, viewer.name()));
            var report = evaluate.report(id, viewer);
            var result = report.evaluation().of(cid).orElseThrow();
            model.addAttribute("result", result);
            model.addAttribute("excluded", result instanceof CandidateResult.Excluded);
            model.addAttribute("verdicts", Verdict.values());
            model.addAttribute("cvFile", cvFiles.find(cid, viewer).orElse(null));
        }
        model.addAttribute("nav", "vacatures");
        return "evaluation/candidate";
    }

    @GetMapping("/beoordeling")
    String evaluation(@PathVariable String id, @Nullable Principal user, Model model) {
        Viewer viewer = viewer(user);
        var report = found(() -> evaluate.report(id, viewer));
        model.addAttribute("vacancy", report.vacancy());
        model.addAttribute("report", report);
        model.addAttribute("doc", EvaluationDocument.of(report));
        model.addAttribute("stale", report.review() instanceof Review.Open open ? open.stale() : null);
        model.addAttribute("settings", scoring.settings(id));
        model.addAttribute("bands", SettingsForm.bands(scoring.settings(id)));
        model.addAttribute("methods", PriceMethod.values());
        model.addAttribute("member", report.personal());
        model.addAttribute("nav", "vacatures");
        return "evaluation/ranking";
    }

    static Viewer viewer(@Nullable Principal user) {
        return Viewer.user(user == null ? null : user.getName());
    }

    static <T> T found(Supplier<T> work) {
        try {
            return work.get();
        } catch (EvaluationNotFound e) {
            throw new NotFound("Er is " + e.getMessage() + ".");
        }
    }
}
