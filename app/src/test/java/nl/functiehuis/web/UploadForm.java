package nl.functiehuis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.SharedSeeds;
import nl.functiehuis.api.MultipartForm;

/** The upload page as a browser without JavaScript uses it: the form's action carries the CSRF token. */
final class UploadForm {
    private static final Pattern ACTION = Pattern.compile("action=\"(/importeren\\?_csrf=[^\"]+)\"");

    private final WebSession web;

    UploadForm(WebSession web) {
        this.web = web;
    }

    /** Posts the form and answers the server's first answer, without following it. */
    HttpResponse<String> post(MultipartForm form) {
        return web.post(action(), form);
    }

    /** Posts the form, checks the redirect to the report and answers the report page. */
    String upload(MultipartForm form) {
        HttpResponse<String> answer = post(form);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/importeren/rapport"));
        HttpResponse<String> report = web.follow(answer);
        assertThat(report.statusCode()).isEqualTo(200);
        return report.body();
    }

    /** The four reference documents as file parts named "bestanden". */
    static MultipartForm seeds() {
        var form = new MultipartForm();
        for (String seed : List.of(SharedSeeds.BOOKLET, SharedSeeds.UWV, SharedSeeds.LEVELLED, SharedSeeds.HIRING)) {
            form.file("bestanden", SharedSeeds.fileName(seed), SharedSeeds.bytes(seed));
        }
        return form;
    }

    private String action() {
        Matcher m = ACTION.matcher(web.get("/importeren").body());
        assertThat(m.find()).as("upload form with the CSRF token in its action").isTrue();
        return FormFields.unescape(m.group(1));
    }
}
