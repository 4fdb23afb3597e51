package nl.functiehuis.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.functiehuis.application.EducationOverview;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The house seen from education: NLQF levels, qualifications, fit per profile and demand. */
@RestController
@RequestMapping("/api/education")
@Tag(name = "Onderwijs", description = "NLQF-niveaus, kwalificaties, passende kwalificaties per profiel en de vraag"
        + " naar competenties en kwalificaties")
class EducationApi {
    private final EducationOverview education;

    EducationApi(EducationOverview education) {
        this.education = education;
    }

    @GetMapping(path = "/nlqf", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "De NLQF-niveaus (0 = instroomniveau) met onze omschrijving en voorbeelden, en hoe"
            + " MBO-, HBO- en WO-niveaus op het NLQF vallen")
    EducationViews.Nlqf nlqf() {
        return EducationViews.Nlqf.of(education.nlqfLevels(), education.mapping());
    }

    @GetMapping(path = "/qualifications", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "De kwalificatiecatalogus: niveau, kerntaken en werkprocessen, de functies waarop een"
            + " kwalificatie voorbereidt en de functies waarbij ze alleen op niveau past")
    List<EducationViews.Qualification> qualifications() {
        return education.qualifications().stream().map(EducationViews.Qualification::of).toList();
    }

    @GetMapping(path = "/fit/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "De kwalificaties die passen bij de nieuwste versie van een profiel (code, slug of niveaucode)")
    EducationViews.Fit fit(@PathVariable String code) {
        return education.fit(code).map(EducationViews.Fit::of)
                .orElseThrow(() -> new NotFound("Geen functieprofiel met code '" + code + "'"));
    }

    @GetMapping(path = "/demand", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Hoeveel profielen om elke competentie per gedragsniveau en om elke kwalificatie vragen;"
            + " met Accept: text/csv als CSV")
    EducationViews.DemandView demand() {
        return EducationViews.DemandView.of(education.demand());
    }

    @GetMapping(path = "/demand", produces = "text/csv")
    ResponseEntity<String> demandCsv() {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(education.demandCsv());
    }
}
