package nl.functiehuis.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import nl.functiehuis.application.CandidateCvFiles;
import nl.functiehuis.application.CvUpload;
import nl.functiehuis.application.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A candidate's CV as a file: the body is the file itself, its name in the {@code filename} query or in a
 * Content-Disposition header. Only the vacancy's team may send or read it.
 */
@RestController
@Tag(name = "Beoordeling")
class CvFileApi {
    static final String PATH = "/api/candidates/{cid}/cv";
    static final String FIELD = "cv";

    private final CandidateCvFiles cvFiles;

    CvFileApi(CandidateCvFiles cvFiles) {
        this.cvFiles = cvFiles;
    }

    record Stored(String name, String mediaType, long size, boolean hasText) {}

    @PutMapping(path = PATH, consumes = MediaType.ALL_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Voeg het cv-bestand toe of vervang het: PDF, .docx, .odt of .txt, hoogstens 10 MB.")
    Stored put(@PathVariable String cid, @RequestParam(required = false) @Nullable String filename,
            @RequestHeader(name = HttpHeaders.CONTENT_DISPOSITION, required = false) @Nullable String disposition,
            @RequestBody(required = false) byte @Nullable [] body, Principal user) {
        String name = filename != null ? filename : disposition == null ? null
                : ContentDisposition.parse(disposition).getFilename();
        var file = cvFiles.put(cid, CvUpload.read(FIELD, name, body), Viewer.user(user.getName()));
        return new Stored(file.name(), file.mediaType(), file.size(), file.text() != null);
    }

    @GetMapping(PATH)
    @Operation(summary = "Het cv-bestand, alleen voor het team van de vacature.")
    ResponseEntity<byte[]> get(@PathVariable String cid, @Nullable Principal user) {
        var download = cvFiles.download(cid, Viewer.user(user == null ? null : user.getName()));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(download.file().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.file().name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(download.content());
    }
}
