package nl.functiehuis.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.application.ImportDocuments;
import nl.functiehuis.application.ImportOutcome;
import nl.functiehuis.application.ImportSummary;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Document upload: each file is imported on its own, all or nothing, and the answer is the import report. */
@RestController
@Tag(name = "Import", description = "Functieprofieldocumenten importeren")
class ImportsApi {
    static final String PATH = "/api/imports";

    private final ImportDocuments importer;

    ImportsApi(ImportDocuments importer) {
        this.importer = importer;
    }

    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Documenten importeren (multipart, één of meer delen 'file')",
            description = "Elk document wordt op zichzelf geïmporteerd, alles of niets. Het antwoord is altijd 200 met per"
                    + " document de status IMPORTED, UNCHANGED of FAILED (met reden en problemen); een mislukt document"
                    + " verandert niets, de andere worden wel geïmporteerd. Met dryRun=true wordt niets opgeslagen en"
                    + " toont het verslag wat er zou gebeuren. Elk document hoogstens 20 MB, het hele verzoek hoogstens"
                    + " functiehuis.max-import-body (anders 413).")
    @SecurityRequirement(name = ApiConfiguration.BASIC)
    ImportSummary importDocuments(@RequestPart("file") List<MultipartFile> files,
            @Parameter(description = "Alleen tonen wat er zou gebeuren") @RequestParam(defaultValue = "false") boolean dryRun,
            Principal user) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            MultipartFile file = files.get(i);
            outcomes.add(importer.importDocument(name(file, i), bytes(file), user.getName(), dryRun));
        }
        return ImportSummary.of(dryRun, outcomes);
    }

    /** The file name without any folder a browser may send along; a numbered name when there is none. */
    private static String name(MultipartFile file, int index) {
        String original = file.getOriginalFilename();
        String name = original == null ? "" : original.substring(Math.max(original.lastIndexOf('/'),
                original.lastIndexOf('\\')) + 1).strip();
        return name.isEmpty() ? "document-" + (index + 1) : name;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
