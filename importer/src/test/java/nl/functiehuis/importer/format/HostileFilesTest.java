package nl.functiehuis.importer.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import nl.functiehuis.importer.ParseResult;
import nl.functiehuis.importer.ProfileDocumentParser;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.junit.jupiter.api.Test;

/**
 * Files made to hurt are refused within five seconds, in the 512 MB the importer's tests run in, with
 * a Dutch reason that names the file; the parser never throws and never shows what an entity points at.
 */
class HostileFilesTest {
    private static final Duration BOUND = Duration.ofSeconds(5);

    @Test
    void refusesZipBombDocxByItsDeclaredSize() throws Exception {
        byte[] bomb = HostileFiles.zipBombDocx(1, true);

        assertThat(refused("bom.docx", bomb)).contains("bom.docx", "zip-bom", "uitpakverhouding");
    }

    @Test
    void refusesZipBombDocxThatLiesAboutItsSize() throws Exception {
        byte[] bomb = HostileFiles.zipBombDocx(1, false);

        assertThat(refused("leugen.docx", bomb)).contains("leugen.docx", "zip-bom");
    }

    @Test
    void refusesDocxWithExternalEntity() throws Exception {
        assertThat(refused("entiteit.docx", HostileFiles.externalEntityDocx(0)))
                .contains("entiteit.docx", "DOCTYPE").doesNotContain("root:");
    }

    @Test
    void neverResolvesExternalEntityHiddenBehindLongComment() throws Exception {
        byte[] docx = HostileFiles.externalEntityDocx(100_000);

        assertThat(refused("verstopt.docx", docx)).contains("verstopt.docx").doesNotContain("root:");
    }

    @Test
    void refusesDocxWhoseTextIsTooLargeToHold() throws Exception {
        assertThat(refused("dik.docx", HostileFiles.hugeDocx(17))).contains("dik.docx", "word/document.xml", "groter dan 16 MB");
    }

    @Test
    void refusesZipBombOdt() throws Exception {
        assertThat(refused("bom.odt", HostileFiles.zipBombOdt(1))).contains("bom.odt", "zip-bom");
    }

    @Test
    void refusesOdtWithExternalEntity() throws Exception {
        assertThat(refused("entiteit.odt", HostileFiles.externalEntityOdt())).contains("entiteit.odt", "DOCTYPE").doesNotContain("root:");
    }

    @Test
    void refusesFiftyMegabyteRandomFileBySizeBeforeReading() {
        byte[] random = HostileFiles.random(50 * 1024 * 1024, 7);

        assertThat(refused("willekeurig.docx", random)).contains("willekeurig.docx", "groter dan");
    }

    @Test
    void refusesPdfThatNeedsPassword() throws Exception {
        byte[] pdf = HostilePdfs.encryptedPdf("gebruiker", new AccessPermission());

        assertThat(refused("geheim.pdf", pdf)).contains("geheim.pdf", "versleuteld", "wachtwoord");
    }

    @Test
    void refusesPdfWithOnlyAnOwnerPasswordLikeOneThatNeedsAPassword() throws Exception {
        byte[] ownerOnly = HostilePdfs.encryptedPdf("", new AccessPermission());
        byte[] userPassword = HostilePdfs.encryptedPdf("gebruiker", new AccessPermission());

        assertThat(refused("geheim.pdf", ownerOnly)).isEqualTo(refused("geheim.pdf", userPassword))
                .contains("geheim.pdf", "versleuteld", "wachtwoord");
    }

    @Test
    void refusesPdfWhoseOwnerForbidsCopyingText() throws Exception {
        AccessPermission noCopy = new AccessPermission();
        noCopy.setCanExtractContent(false);
        byte[] pdf = HostilePdfs.encryptedPdf("", noCopy);

        assertThat(refused("beschermd.pdf", pdf)).contains("beschermd.pdf", "versleuteld");
    }

    @Test
    void refusesPdfWhoseContentInflatesToAGigabyte() {
        byte[] pdf = HostilePdfs.flateBombPdf(1);

        assertThat(refused("opgeblazen.pdf", pdf)).contains("opgeblazen.pdf", "pakt uit");
    }

    @Test
    void refusesTruncatedPdf() throws Exception {
        byte[] pdf = HostileFiles.truncated(HostilePdfs.encryptedPdf("", new AccessPermission()));

        assertThat(refused("half.pdf", pdf)).contains("half.pdf", "onvolledig");
    }

    @Test
    void refusesPdfOfGarbage() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\nxref\nzzz\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(refused("rommel.pdf", pdf)).contains("rommel.pdf");
    }

    @Test
    void refusesTruncatedDocx() {
        byte[] docx = HostileFiles.truncated(HostileFiles.smallDocx());

        assertThat(refused("half.docx", docx)).contains("half.docx", "geen geldig Word-bestand");
    }

    @Test
    void refusesDocxWithBrokenXml() throws Exception {
        assertThat(refused("kapot.docx", HostileFiles.brokenXmlDocx())).contains("kapot.docx", "geen geldig Word-bestand");
    }

    @Test
    void refusesZipThatIsNoTextDocument() throws Exception {
        byte[] zip = RawZip.write(java.util.List.of(HostileFiles.stored("foto.png", new byte[] {1, 2, 3})));

        assertThat(refused("archief.docx", zip)).contains("archief.docx", "onbekend zip-formaat");
    }

    @Test
    void refusesBinaryGibberishOfAllowedSize() {
        byte[] gibberish = HostileFiles.random(1024 * 1024, 11);

        assertThat(refused("ruis.txt", gibberish)).contains("ruis.txt");
    }

    @Test
    void readsOrRefusesDeeplyNestedHtmlWithoutThrowing() {
        String html = "<html><body>" + "<div>".repeat(100_000) + "diep" + "</div>".repeat(100_000) + "</body></html>";

        ParseResult result = parse("diep.html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(result.source()).isEqualTo("diep.html");
    }

    private static String refused(String name, byte[] content) {
        ParseResult result = parse(name, content);
        assertThat(result).isInstanceOf(ParseResult.Rejected.class);
        return ((ParseResult.Rejected) result).reason();
    }

    private static ParseResult parse(String name, byte[] content) {
        long start = System.nanoTime();
        ParseResult result = assertTimeoutPreemptively(BOUND, () -> new ProfileDocumentParser().parse(name, content));
        System.out.printf("hostile %s (%d bytes): %d ms, %s%n", name, content.length, (System.nanoTime() - start) / 1_000_000,
                result instanceof ParseResult.Rejected r ? r.reason() : "gelezen");
        return result;
    }
}
