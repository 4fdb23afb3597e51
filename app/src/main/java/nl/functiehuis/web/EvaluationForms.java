package nl.functiehuis.web;

import static nl.functiehuis.web.EvaluationController.found;
import static nl.functiehuis.web.EvaluationController.viewer;

import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.application.AddCandidates;
import nl.functiehuis.application.CandidateCvFiles;
import nl.functiehuis.application.CandidateDraft;
import nl.functiehuis.application.EvaluateVacancy;
import nl.functiehuis.application.EvaluationRefused;
import nl.functiehuis.application.ScoreCandidate;
import nl.functiehuis.application.Scoring;
import nl.functiehuis.application.VacancyTeam;
import nl.functiehuis.evaluation.Verdict;
import nl.functiehuis.house.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forms of the candidate pages; each answers with a redirect and a Dutch message, and changes nothing on error. */
@Controller
@RequestMapping("/vacatures/{id}")
class EvaluationForms {
    private final AddCandidates candidates;
    private final ScoreCandidate score;
    private final EvaluateVacancy evaluate;
    private final Scoring scoring;
    private final VacancyTeam team;
    private final CandidateCvFiles cvFiles;

    EvaluationForms(AddCandidates candidates, ScoreCandidate score, EvaluateVacancy evaluate, Scoring scoring,
            VacancyTeam team, CandidateCvFiles cvFiles) {
        this.candidates = candidates;
        this.cvFiles = cvFiles;
        this.score = score;
        this.evaluate = evaluate;
        this.scoring = scoring;
        this.team = team;
    }

    @PostMapping("/kandidaten")
    String add(@PathVariable String id, @RequestParam Map<String, String> form,
            @RequestParam(name = "cv-bestand", required = false) @Nullable MultipartFile file, Principal user,
            RedirectAttributes r) {
        Map<Integer, String> evidence = new HashMap<>();
        form.forEach((k, v) -> {
            if (k.matches("bewijs-[0-9]{1,4}") && v != null && !v.isBlank()) {
                evidence.put(Integer.parseInt(k.substring(7)), v);
            }
        });
        return act(r, "/vacatures/" + id + "/kandidaten", () -> {
            var draft = new CandidateDraft(form.get("naam"), form.get("leverancier"),
                    SettingsForm.number(form.get("tarief"), "tarief"), form.get("beschikbaarheid"), form.get("cv"),
                    evidence);
            var added = CvFileController.chosen(file)
                    ? cvFiles.addWithFile(id, draft, CvFileController.upload(file), viewer(user))
                    : candidates.add(id, List.of(draft), viewer(user)).getFirst();
            return "Kandidaat " + added.name() + " toegevoegd.";
        });
    }

    @PostMapping("/team")
    String member(@PathVariable String id, @RequestParam(required = false) @Nullable String gebruiker, Principal user,
            RedirectAttributes r) {
        return act(r, "/vacatures/" + id + "/kandidaten#team", () -> {
            team.add(id, gebruiker == null ? "" : gebruiker, viewer(user));
            return gebruiker + " hoort nu bij het team.";
        });
    }

    @PostMapping("/kandidaten/{cid}/eisen/{n}")
    String verdict(@PathVariable String id, @PathVariable String cid, @PathVariable int n,
            @RequestParam(required = false) @Nullable String oordeel,
            @RequestParam(required = false) @Nullable String reden, Principal user, RedirectAttributes r) {
        return act(r, "/vacatures/" + id + "/kandidaten/" + cid + "#eis-" + n, () -> {
            score.verdict(cid, n, verdict(oordeel), reden, viewer(user));
            return "Oordeel over eis " + n + " opgeslagen.";
        });
    }

    @PostMapping("/kandidaten/{cid}/wensen/{n}")
    String wish(@PathVariable String id, @PathVariable String cid, @PathVariable int n,
            @RequestParam(required = false) @Nullable String punten,
            @RequestParam(required = false) @Nullable String toelichting, Principal user, RedirectAttributes r) {
        return act(r, "/vacatures/" + id + "/kandidaten/" + cid + "#wens-" + n, () -> {
            score.wish(cid, n, SettingsForm.number(punten, "punten"), toelichting, viewer(user));
            return "Score voor wens " + n + " opgeslagen.";
        });
    }

    @PostMapping("/kandidaten/{cid}/competenties/{n}")
    String competency(@PathVariable String id, @PathVariable String cid, @PathVariable int n,
            @RequestParam(required = false) @Nullable String punten,
            @RequestParam(required = false) @Nullable String toelichting, Principal user, RedirectAttributes r) {
        return act(r, "/vacatures/" + id + "/kandidaten/" + cid + "#competentie-" + n, () -> {
            score.competency(cid, n, SettingsForm.number(punten, "punten"), toelichting, viewer(user));
            return "Score voor competentie " + n + " opgeslagen.";
        });
    }

    @PostMapping("/beoordeling/bevestigen")
    String confirm(@PathVariable String id, Principal user, RedirectAttributes r) {
        return act(r, "/vacatures/" + id + "/beoordeling#vier-ogen", () -> {
            evaluate.confirm(id, viewer(user));
            return "Rangschikking bevestigd.";
        });
    }

    @PostMapping("/beoordeling/instellingen")
    String settings(@PathVariable String id, @RequestParam Map<String, String> form, Principal user,
            RedirectAttributes r) {
        return act(r, "/vacatures/" + id + "/beoordeling#instellingen", () -> {
            scoring.save(id, SettingsForm.read(form.get("prijsmethode"), form.get("banden"), form.get("wenspunten"),
                    form.get("competentiepunten"), form.get("uitnodigen")), viewer(user));
            return "Instellingen opgeslagen.";
        });
    }

    private static Verdict verdict(@Nullable String text) {
        try {
            return Verdict.valueOf(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("oordeel", "kies voldaan, niet voldaan of onduidelijk");
        }
    }

    static String act(RedirectAttributes r, String target, java.util.function.Supplier<String> work) {
        try {
            r.addFlashAttribute("flash", found(work));
        } catch (InvalidValue e) {
            r.addFlashAttribute("problem", "Niet opgeslagen: " + e.field() + " " + e.problem() + ".");
        } catch (InvalidInput e) {
            r.addFlashAttribute("problem", "Niet opgeslagen: " + e.getMessage() + ".");
        } catch (EvaluationRefused e) {
            r.addFlashAttribute("problem", "Niet gedaan: " + e.getMessage() + ".");
        }
        return "redirect:" + target;
    }
}
