package nl.functiehuis.publish.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.functiehuis.publish.Booklet;
import nl.functiehuis.publish.BookletScope;
import nl.functiehuis.publish.BookletTooLarge;
import nl.functiehuis.publish.PrintedProfile;
import nl.functiehuis.publish.Publisher;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The publications on the web: a profile as a standalone HTML page and as PDF (latest version, or {@code ?versie=N}),
 * and a booklet PDF of a series, group, family or, without a parameter, the whole house.
 */
@Controller
class PublicationController {
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);
    private static final MediaType PDF = MediaType.APPLICATION_PDF;

    private final Publisher publisher;

    PublicationController(Publisher publisher) {
        this.publisher = publisher;
    }

    @GetMapping("/profielen/{code}/publicatie")
    @ResponseBody
    ResponseEntity<String> html(@PathVariable String code, @RequestParam(name = "versie", required = false) @Nullable Integer version) {
        PrintedProfile profile = profile(code, version);
        return ResponseEntity.ok().contentType(HTML).body(publisher.html(profile));
    }

    @GetMapping("/profielen/{code}.pdf")
    void pdf(@PathVariable String code, @RequestParam(name = "versie", required = false) @Nullable Integer version,
            HttpServletResponse response) throws IOException {
        PrintedProfile profile = profile(code, version);
        start(response, profile.version().code().slug() + ".pdf");
        publisher.pdf(profile, response.getOutputStream());
    }

    @GetMapping("/publicatie/boekje.pdf")
    void booklet(@RequestParam(name = "reeks", required = false) @Nullable String series,
            @RequestParam(name = "groep", required = false) @Nullable String group,
            @RequestParam(name = "familie", required = false) @Nullable String family,
            HttpServletResponse response) throws IOException {
        BookletScope scope = Scopes.of(series, group, family);
        Booklet booklet = publisher.booklet(scope).orElseThrow(() -> new Refused(HttpStatus.NOT_FOUND, Scopes.unknown(scope)));
        start(response, scope.fileName());
        publisher.pdf(booklet, response.getOutputStream());
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<String> refused(Refused e) {
        return page(e.status(), e.getMessage());
    }

    @ExceptionHandler(BookletTooLarge.class)
    ResponseEntity<String> tooLarge(BookletTooLarge e) {
        return page(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    }

    private PrintedProfile profile(String code, @Nullable Integer version) {
        return publisher.profile(code, version).orElseThrow(() -> new Refused(HttpStatus.NOT_FOUND, version == null
                ? "Er is geen functieprofiel met code '" + code + "'."
                : "Profiel " + code + " heeft geen versie " + version + "."));
    }

    private static void start(HttpServletResponse response, String fileName) {
        response.setContentType(PDF.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.inline().filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString());
    }

    private ResponseEntity<String> page(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(HTML).body(publisher.refusal(message));
    }
}
