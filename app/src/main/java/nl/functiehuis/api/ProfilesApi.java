package nl.functiehuis.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import nl.functiehuis.application.BrowseHouse;
import nl.functiehuis.application.SaveProfile;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.profile.ProfileCode;
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

/** Function profiles: list, read (latest or a given version), history, create and update. */
@RestController
@RequestMapping(path = "/api/profiles", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Profielen", description = "Functieprofielen lezen en als nieuwe versie opslaan")
class ProfilesApi {
    private final BrowseHouse browse;
    private final SaveProfile save;

    ProfilesApi(BrowseHouse browse, SaveProfile save) {
        this.browse = browse;
        this.save = save;
    }

    @GetMapping
    @Operation(summary = "Alle profielen, elk in de laatste versie, kort")
    List<ProfileItem> list() {
        return browse.list().stream().map(ProfileItem::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "De laatste versie van een profiel (code, slug of niveaucode)")
    ResponseEntity<VersionView> latest(@PathVariable String code) {
        return withEtag(browse.latest(code).orElseThrow(() -> unknown(code)));
    }

    @GetMapping("/{code}/versions")
    @Operation(summary = "De versies van een profiel, oudste eerst, zonder inhoud")
    HistoryView history(@PathVariable String code) {
        List<ProfileVersion> versions = browse.history(code);
        if (versions.isEmpty()) {
            throw unknown(code);
        }
        return HistoryView.of(versions);
    }

    @GetMapping("/{code}/versions/{number}")
    @Operation(summary = "Eén versie van een profiel")
    ResponseEntity<VersionView> version(@PathVariable String code, @PathVariable int number) {
        ProfileVersion latest = browse.latest(code).orElseThrow(() -> unknown(code));
        return withEtag(browse.version(code, number).orElseThrow(() -> new NotFound(
                "Profiel " + latest.code() + " heeft geen versie " + number + " (laatste versie: " + latest.number() + ")")));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Een nieuw profiel opslaan als versie 1")
    @SecurityRequirement(name = ApiConfiguration.BASIC)
    ResponseEntity<VersionView> create(@RequestBody ProfileRequest request, Principal user) {
        VersionView saved = VersionView.of(save.save(request.toEdit(request.baseForCreate()), user.getName()));
        return ResponseEntity.created(URI.create(saved.links().self())).eTag(saved.etag()).body(saved);
    }

    @PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Een gewijzigd profiel opslaan als nieuwe versie",
            description = "basedOn (of de kop If-Match: \"N\") is de versie die u bewerkte; is er intussen een"
                    + " nieuwere opgeslagen, dan volgt 409 en wordt niets opgeslagen.")
    @SecurityRequirement(name = ApiConfiguration.BASIC)
    ResponseEntity<VersionView> update(@PathVariable String code, @RequestBody ProfileRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch, Principal user) {
        browse.latest(code).orElseThrow(() -> unknown(code));
        request.requireCode(ProfileCode.slugOf(code));
        int base = request.baseForUpdate(ifMatch);
        return withEtag(save.save(request.toEdit(base), user.getName()));
    }

    private static ResponseEntity<VersionView> withEtag(ProfileVersion version) {
        VersionView view = VersionView.of(version);
        return ResponseEntity.ok().eTag(view.etag()).body(view);
    }

    private static NotFound unknown(String code) {
        return new NotFound("Geen profiel met code '" + code + "'");
    }
}
