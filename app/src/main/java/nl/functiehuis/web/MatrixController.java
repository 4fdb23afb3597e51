package nl.functiehuis.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.functiehuis.application.BrowseHouse;
import nl.functiehuis.application.MatrixScope;
import nl.functiehuis.application.ShowMatrix;
import nl.functiehuis.comparison.CompetencyMatrix;
import nl.functiehuis.house.InvalidInput;
import nl.functiehuis.profile.ProfileCode;
import nl.functiehuis.profile.ProfileKind;
import nl.functiehuis.sheets.MatrixCsv;
import nl.functiehuis.sheets.MatrixWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The function × competency matrix of a group ({@code ?groep=}), series ({@code ?reeks=}) or levelled
 * family ({@code ?familie=}), as a page and as CSV and XLSX downloads; without a choice, the choices.
 */
@Controller
class MatrixController {
    private final ShowMatrix matrices;
    private final BrowseHouse browse;

    MatrixController(ShowMatrix matrices, BrowseHouse browse) {
        this.matrices = matrices;
        this.browse = browse;
    }

    @GetMapping("/matrix")
    String page(@RequestParam(required = false) @Nullable String groep, @RequestParam(required = false) @Nullable String reeks,
            @RequestParam(required = false) @Nullable String familie, Model model) {
        model.addAttribute("nav", "matrix");
        Optional<MatrixScope> scope;
        try {
            scope = scope(groep, reeks, familie);
            if (scope.isPresent()) {
                model.addAttribute("page", MatrixPage.of(find(scope.get()), scope.get()));
                return "matrix/page";
            }
        } catch (InvalidInput e) {
            model.addAttribute("problem", e.problems().getFirst().message());
        }
        model.addAttribute("series", browse.series());
        model.addAttribute("families", browse.list().stream().filter(p -> p.kind() == ProfileKind.LEVELLED).toList());
        return "matrix/index";
    }

    @GetMapping("/matrix.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) @Nullable String groep,
            @RequestParam(required = false) @Nullable String reeks, @RequestParam(required = false) @Nullable String familie) {
        MatrixScope scope = required(groep, reeks, familie);
        return download(MatrixCsv.write(find(scope)).getBytes(StandardCharsets.UTF_8), MatrixCsv.MEDIA_TYPE, scope, "csv");
    }

    @GetMapping("/matrix.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) @Nullable String groep,
            @RequestParam(required = false) @Nullable String reeks, @RequestParam(required = false) @Nullable String familie) {
        MatrixScope scope = required(groep, reeks, familie);
        return download(MatrixWorkbook.write(find(scope)), MatrixWorkbook.MEDIA_TYPE, scope, "xlsx");
    }

    private CompetencyMatrix find(MatrixScope scope) {
        return matrices.matrix(scope).orElseThrow(() -> new NotFound(switch (scope) {
            case MatrixScope.Group g -> "Er is geen functiegroep '" + g.value() + "'.";
            case MatrixScope.Series s -> "Er is geen functiereeks '" + s.value() + "'.";
            case MatrixScope.Family f -> "Er is geen functiefamilie '" + f.value() + "'.";
        }));
    }

    private static ResponseEntity<byte[]> download(byte[] content, String type, MatrixScope scope, String extension) {
        String name = "competentiematrix-" + ProfileCode.slugOf(scope.value()).toLowerCase(Locale.ROOT) + "." + extension;
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8)
                        .build().toString())
                .body(content);
    }

    private static MatrixScope required(@Nullable String groep, @Nullable String reeks, @Nullable String familie) {
        return scope(groep, reeks, familie).orElseThrow(() -> new NotFound("Kies een groep, reeks of familie: bijvoorbeeld"
                + " /matrix.csv?groep=N06.01."));
    }

    static Optional<MatrixScope> scope(@Nullable String groep, @Nullable String reeks, @Nullable String familie) {
        List<MatrixScope> given = new ArrayList<>();
        if (groep != null && !groep.isBlank()) {
            given.add(new MatrixScope.Group(groep));
        }
        if (reeks != null && !reeks.isBlank()) {
            given.add(new MatrixScope.Series(reeks));
        }
        if (familie != null && !familie.isBlank()) {
            given.add(new MatrixScope.Family(familie));
        }
        if (given.size() > 1) {
            throw new InvalidInput("matrix", "kies één groep, reeks of familie tegelijk");
        }
        return given.stream().findFirst();
    }
}
