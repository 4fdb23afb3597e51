package nl.functiehuis.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;
import nl.functiehuis.application.AddCandidates;
import nl.functiehuis.application.CandidateJson;
import nl.functiehuis.application.EvaluateVacancy;
import nl.functiehuis.application.EvaluationDocument;
import nl.functiehuis.application.ScoreCandidate;
import nl.functiehuis.application.Scoring;
import nl.functiehuis.application.VacancyTeam;
import nl.functiehuis.application.Viewer;
import nl.functiehuis.evaluation.Verdict;
import nl.functiehuis.json.HouseJson;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Candidates of a vacancy, their verdicts and scores, and the evaluation. Reading is open, but only the
 * vacancy's team sees names, rates, CVs and explanations; writing needs a team member.
 */
@RestController
@Tag(name = "Beoordeling", description = "Kandidaten, eisen, wensen, competenties, rangschikking en vier-ogen")
class EvaluationApi {
    private final AddCandidates candidates;
    private final ScoreCandidate score;
    private final EvaluateVacancy evaluate;
    private final Scoring scoring;
    private final VacancyTeam team;
    private final HouseJson json;

    EvaluationApi(AddCandidates candidates, ScoreCandidate score, EvaluateVacancy evaluate, Scoring scoring,
            VacancyTeam team, HouseJson json) {
        this.candidates = candidates;
        this.score = score;
        this.evaluate = evaluate;
        this.scoring = scoring;
        this.team = team;
        this.json = json;
    }

    record VerdictRequest(@Nullable Verdict verdict, @Nullable String reason) {}

    record ScoreRequest(@Nullable BigDecimal points, @Nullable String comment) {}

    record MemberRequest(@Nullable String user) {}

    @GetMapping(path = "/api/vacancies/{id}/candidates", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "De kandidaten; buiten het team alleen 'Kandidaat N'.")
    List<CandidateItem> list(@PathVariable String id, @Nullable Principal user) {
        return candidates.list(id, viewer(user)).stream().map(CandidateItem::of).toList();
    }

    @PostMapping(path = "/api/vacancies/{id}/candidates", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Voeg één kandidaat (object) of meer (lijst) toe: alles of niets.")
    List<CandidateItem> add(@PathVariable String id, @RequestBody String body, Principal user) {
        var root = CandidateJson.tree(json, body, "verzoek");
        var drafts = CandidateJson.drafts(root);
        var added = candidates.add(id, drafts, viewer(user), i -> CandidateJson.place(root, i));
        var rows = candidates.list(id, viewer(user));
        return rows.stream().filter(r -> added.stream().anyMatch(a -> a.id().equals(r.id()))).map(CandidateItem::of)
                .toList();
    }

    @PutMapping(path = "/api/candidates/{cid}/verdicts/{eis}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Oordeel over eis N: VOLDAAN, NIET_VOLDAAN of ONDUIDELIJK, met reden.")
    void verdict(@PathVariable String cid, @PathVariable int eis, @RequestBody VerdictRequest body, Principal user) {
        score.verdict(cid, eis, body.verdict(), body.reason(), viewer(user));
    }

    @PutMapping(path = "/api/candidates/{cid}/wishes/{wish}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Jouw punten voor wens N (0 tot het maximum van de wens), met toelichting.")
    void wish(@PathVariable String cid, @PathVariable int wish, @RequestBody ScoreRequest body, Principal user) {
        score.wish(cid, wish, body.points(), body.comment(), viewer(user));
    }

    @PutMapping(path = "/api/candidates/{cid}/competencies/{competency}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Jouw punten uit het verificatiegesprek voor competentie N, met toelichting.")
    void competency(@PathVariable String cid, @PathVariable int competency, @RequestBody ScoreRequest body,
            Principal user) {
        score.competency(cid, competency, body.points(), body.comment(), viewer(user));
    }

    @GetMapping(path = "/api/vacancies/{id}/evaluation", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rangschikking met totalen, uitsluitingen met reden, uitleg per kandidaat en de vier-ogenstatus.")
    EvaluationDocument evaluation(@PathVariable String id, @Nullable Principal user) {
        return EvaluationDocument.of(evaluate.report(id, viewer(user)));
    }

    @PutMapping(path = "/api/vacancies/{id}/evaluation/settings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Prijsmethode (LOWEST_OFFER, LINEAR_RANGE, POINTS_TABLE met bands), standaardpunten per wens,"
            + " punten per competentie en het aantal uit te nodigen kandidaten.")
    void settings(@PathVariable String id, @RequestBody SettingsRequest body, Principal user) {
        scoring.save(id, body.toSettings(scoring.settings(id)), viewer(user));
    }

    @PostMapping(path = "/api/vacancies/{id}/evaluation/confirmation", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Bevestig de rangschikking als tweede beoordelaar (vier ogen).")
    EvaluationDocument confirm(@PathVariable String id, Principal user) {
        evaluate.confirm(id, viewer(user));
        return EvaluationDocument.of(evaluate.report(id, viewer(user)));
    }

    @GetMapping(path = "/api/vacancies/{id}/team", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Het team van de vacature (alleen voor teamleden).")
    List<String> team(@PathVariable String id, @Nullable Principal user) {
        team.requireMember(viewer(user), id);
        return List.copyOf(team.members(id));
    }

    @PostMapping(path = "/api/vacancies/{id}/team", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Voeg een gebruiker aan het team toe (alleen door een teamlid).")
    void addMember(@PathVariable String id, @RequestBody MemberRequest body, Principal user) {
        team.add(id, body.user() == null ? "" : body.user(), viewer(user));
    }

    private static Viewer viewer(@Nullable Principal user) {
        return Viewer.user(user == null ? null : user.getName());
    }
}
