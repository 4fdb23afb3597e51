package nl.functiehuis.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import nl.functiehuis.application.BrowseVacancies;
import nl.functiehuis.application.CreateVacancy;
import nl.functiehuis.application.EditVacancy;
import nl.functiehuis.house.InvalidInput;
import nl.functiehuis.json.HouseJson;
import nl.functiehuis.json.JsonProblems;
import nl.functiehuis.vacancy.SavedVacancy;
import nl.functiehuis.vacancy.Vacancy;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;

/** Vacancies: list, read, create (from a profile version or whole) and edit with the revision read. */
@RestController
@RequestMapping(path = "/api/vacancies", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Vacatures", description = "Vacatures en inhuuropdrachten maken, lezen en bewerken")
class VacanciesApi {
    private final BrowseVacancies browse;
    private final CreateVacancy create;
    private final EditVacancy edit;
    private final HouseJson json;

    VacanciesApi(BrowseVacancies browse, CreateVacancy create, EditVacancy edit, HouseJson json) {
        this.browse = browse;
        this.create = create;
        this.edit = edit;
        this.json = json;
    }

    /** The body that asks for a vacancy made from a profile version (the latest when version is left out). */
    record FromProfile(String profile, @Nullable Integer version) {}

    @GetMapping
    @Operation(summary = "Alle vacatures, nieuwste eerst, kort")
    List<VacancyItem> list() {
        return browse.list().stream().map(VacancyItem::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén vacature met alle velden; de ETag is de revisie")
    ResponseEntity<VacancyView> show(@PathVariable String id) {
        VacancyView view = VacancyView.of(find(id));
        return ResponseEntity.ok().eTag(view.etag()).body(view);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Een vacature maken als concept",
            description = "Uit een profielversie: {\"profile\":\"CODE\",\"version\":N} (een niveaucode kiest dat niveau"
                    + " van een functiefamilie; zonder version de laatste versie), of een volledige vacature.")
    @SecurityRequirement(name = ApiConfiguration.BASIC)
    ResponseEntity<VacancyView> create(@RequestBody String body, Principal user) {
        SavedVacancy saved;
        if (asksForProfile(body)) {
            FromProfile request = json.read(body, FromProfile.class, "verzoek");
            if (request.profile() == null || request.profile().isBlank()) {
                throw new InvalidInput("profile", "is verplicht: de code van het profiel");
            }
            saved = create.fromProfile(request.profile(), request.version(), user.getName());
        } else {
            saved = create.create(json.read(body, Vacancy.class, "verzoek"), user.getName());
        }
        VacancyView view = VacancyView.of(saved);
        return ResponseEntity.created(URI.create(view.links().self())).eTag(view.etag()).body(view);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Een gewijzigde vacature opslaan",
            description = "De kop If-Match: \"N\" is verplicht: de revisie die u bewerkte. Is er intussen een nieuwere"
                    + " opgeslagen, dan volgt 409 en wordt niets opgeslagen.")
    @SecurityRequirement(name = ApiConfiguration.BASIC)
    ResponseEntity<VacancyView> update(@PathVariable String id, @RequestBody Vacancy vacancy,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch, Principal user) {
        find(id);
        if (ifMatch == null) {
            throw new InvalidInput("If-Match", "is verplicht: stuur de revisie die u bewerkte, zoals If-Match: \"1\"");
        }
        VacancyView view = VacancyView.of(edit.edit(id, vacancy, IfMatch.version(ifMatch), user.getName()));
        return ResponseEntity.ok().eTag(view.etag()).body(view);
    }

    private boolean asksForProfile(String body) {
        try {
            return json.mapper().readTree(body).has("profile");
        } catch (JacksonException e) {
            throw JsonProblems.toInvalidInput(e, "verzoek");
        }
    }

    private SavedVacancy find(String id) {
        return browse.find(id).orElseThrow(() -> new NotFound("Geen vacature met id '" + id + "'"));
    }
}
