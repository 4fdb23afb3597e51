package nl.functiehuis.web;

import static nl.functiehuis.web.EvaluationController.found;
import static nl.functiehuis.web.EvaluationController.viewer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import nl.functiehuis.application.CandidateCvFiles;
import nl.functiehuis.application.EvaluateVacancy;
import nl.functiehuis.application.EvaluationDocument;
import nl.functiehuis.publish.AwardAdvice;
import nl.functiehuis.sheets.RankingCsv;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The evaluation as files: the gunningsadvies PDF and the ranking as CSV (masked outside the team). */
@Controller
class EvaluationFiles {
    private final EvaluateVacancy evaluate;
    private final AwardAdvice advice;
    private final CandidateCvFiles cvFiles;

    EvaluationFiles(EvaluateVacancy evaluate, AwardAdvice advice, CandidateCvFiles cvFiles) {
        this.evaluate = evaluate;
        this.advice = advice;
        this.cvFiles = cvFiles;
    }

    @GetMapping("/vacatures/{id}/gunningsadvies.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id, @Nullable Principal user) {
        var report = found(() -> evaluate.report(id, viewer(user)));
        var out = new ByteArrayOutputStream();
        advice.pdf(report, cvFiles.ofVacancy(id, viewer(user)), out);
        return file(out.toByteArray(), MediaType.APPLICATION_PDF, "gunningsadvies-" + id + ".pdf");
    }

    @GetMapping("/vacatures/{id}/beoordeling.csv")
    ResponseEntity<byte[]> csv(@PathVariable String id, @Nullable Principal user) {
        var report = found(() -> evaluate.report(id, viewer(user)));
        byte[] bytes = ("\uFEFF" + RankingCsv.of(EvaluationDocument.of(report))).getBytes(StandardCharsets.UTF_8);
        return file(bytes, new MediaType("text", "csv", StandardCharsets.UTF_8), "rangschikking-" + id + ".csv");
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }
}
