package nl.functiehuis.web;

import static nl.functiehuis.web.EvaluationController.found;
import static nl.functiehuis.web.EvaluationController.viewer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.application.CandidateCvFiles;
import nl.functiehuis.application.CvUpload;
import nl.functiehuis.application.EvaluationRefused;
import nl.functiehuis.evaluation.CvFile;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A candidate's CV file on the web: a team member replaces it or downloads it; others get the 404 page. */
@Controller
@RequestMapping("/vacatures/{id}/kandidaten/{cid}/cv")
class CvFileController {
    static final String FIELD = "cv-bestand";

    private final CandidateCvFiles cvFiles;

    CvFileController(CandidateCvFiles cvFiles) {
        this.cvFiles = cvFiles;
    }

    @PostMapping
    String replace(@PathVariable String id, @PathVariable String cid,
            @RequestParam(name = FIELD, required = false) @Nullable MultipartFile file, Principal user,
            RedirectAttributes r) {
        return EvaluationForms.act(r, "/vacatures/" + id + "/kandidaten/" + cid + "#cv-bestand-kop", () -> {
            var stored = cvFiles.put(cid, upload(file), viewer(user));
            return "Cv-bestand " + stored.describe() + " opgeslagen.";
        });
    }

    @GetMapping
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String cid, @Nullable Principal user) {
        try {
            var download = found(() -> cvFiles.download(cid, viewer(user)));
            if (!id.equals(download.vacancyId())) {
                throw new NotFound("Vacature " + id + " heeft geen kandidaat " + cid + ".");
            }
            return file(download.file(), download.content());
        } catch (EvaluationRefused e) {
            throw new NotFound("Er is geen cv-bestand dat u mag zien.");
        }
    }

    static ResponseEntity<byte[]> file(CvFile file, byte[] content) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8)
                                .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    /** A browser sends an empty part without a name when no file was chosen. */
    static boolean chosen(@Nullable MultipartFile file) {
        return file != null && (!file.isEmpty()
                || file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank());
    }

    static CvUpload upload(@Nullable MultipartFile file) {
        if (!chosen(file)) {
            throw new InvalidValue(FIELD, "kies een bestand");
        }
        CvUpload.checkSize(FIELD, file.getOriginalFilename(), file.getSize());
        try {
            return CvUpload.read(FIELD, file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
