package nl.functiehuis.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.application.CompareProfiles;
import nl.functiehuis.application.MatrixScope;
import nl.functiehuis.application.ShowMatrix;
import nl.functiehuis.comparison.CompetencyMatrix;
import nl.functiehuis.comparison.VersionDiff;
import nl.functiehuis.house.InvalidInput;
import nl.functiehuis.sheets.MatrixCsv;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The competency matrix of a group, series or family; profiles side by side; the changes between two versions. */
@RestController
@Tag(name = "Vergelijken", description = "Competentiematrix, profielen naast elkaar en verschillen tussen versies")
class ComparisonApi {
    private final ShowMatrix matrices;
    private final CompareProfiles compare;

    ComparisonApi(ShowMatrix matrices, CompareProfiles compare) {
        this.matrices = matrices;
        this.compare = compare;
    }

    @GetMapping(path = "/api/matrix", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Functie × competentie: gedragsniveau per functie, kolommen per dimensie",
            description = "Geef precies één van group, series of family. Met Accept: text/csv volgt de CSV-export.")
    MatrixView matrix(@Parameter(description = "Functiegroep: code of naam, bijv. N06.01 of Publiek")
            @RequestParam(required = false) @Nullable String group,
            @Parameter(description = "Functiereeks: code of naam") @RequestParam(required = false) @Nullable String series,
            @Parameter(description = "Functiefamilie met niveaus, bijv. 3006/3007/3008") @RequestParam(required = false) @Nullable String family) {
        return MatrixView.of(find(group, series, family));
    }

    @GetMapping(path = "/api/matrix", produces = "text/csv")
    ResponseEntity<String> matrixCsv(@RequestParam(required = false) @Nullable String group,
            @RequestParam(required = false) @Nullable String series, @RequestParam(required = false) @Nullable String family) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(MatrixCsv.MEDIA_TYPE))
                .body(MatrixCsv.write(find(group, series, family)));
    }

    @GetMapping(path = "/api/compare", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "2 tot 5 profielen of functieniveaus naast elkaar, met per regel of ze verschillen",
            description = "Een niveaucode (3007) is dat functieniveau; de code van een familie staat voor al haar niveaus.")
    ComparisonView compare(@Parameter(description = "Codes, met komma's gescheiden: 3006,3007,3008")
            @RequestParam List<String> codes) {
        return ComparisonView.of(compare.compare(codes));
    }

    @GetMapping(path = "/api/profiles/{code}/versions/{from}/diff/{to}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Wat er veranderde tussen twee versies van een profiel")
    VersionDiffView diff(@PathVariable String code, @PathVariable int from, @PathVariable int to) {
        VersionDiff diff = compare.versions(code, from, to).orElseThrow(() -> new NotFound(
                "Profiel '" + code + "' heeft geen versies " + from + " en " + to));
        return VersionDiffView.of(diff);
    }

    private CompetencyMatrix find(@Nullable String group, @Nullable String series, @Nullable String family) {
        List<MatrixScope> given = new ArrayList<>();
        if (group != null && !group.isBlank()) {
            given.add(new MatrixScope.Group(group));
        }
        if (series != null && !series.isBlank()) {
            given.add(new MatrixScope.Series(series));
        }
        if (family != null && !family.isBlank()) {
            given.add(new MatrixScope.Family(family));
        }
        if (given.size() != 1) {
            throw new InvalidInput("group", "geef precies één van group, series of family");
        }
        return matrices.matrix(given.getFirst()).orElseThrow(() -> new NotFound(
                "Geen " + given.getFirst().parameter() + " '" + given.getFirst().value() + "'"));
    }
}
