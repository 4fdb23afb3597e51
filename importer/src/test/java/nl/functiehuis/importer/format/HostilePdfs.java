package nl.functiehuis.importer.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.Deflater;
import nl.functiehuis.importer.convert.ToPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** PDFs made to hurt: password- or copy-protected, or one page whose content inflates like a bomb. */
final class HostilePdfs {
    private HostilePdfs() {}

    /** A small tagged PDF of ours, protected with a user password, or only with an owner password and these permissions. */
    static byte[] encryptedPdf(String userPassword, AccessPermission permissions) throws IOException {
        try (PDDocument doc = Loader.loadPDF(ToPdf.convert(HostileFiles.small())); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("eigenaar", userPassword, permissions);
            policy.setEncryptionKeyLength(256);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A one-page PDF whose content stream inflates to {@code gigabytes} GB of spaces, written by hand. */
    static byte[] flateBombPdf(int gigabytes) {
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) ' ');
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        byte[] first = HostileFiles.flushed(deflater, chunk);
        byte[] repeated = HostileFiles.flushed(deflater, chunk);
        stream.writeBytes(first);
        Adler32 adler = new Adler32();
        adler.update(chunk);
        for (int i = 1; i < gigabytes * 1024; i++) {
            stream.writeBytes(repeated);
            adler.update(chunk);
        }
        deflater.finish();
        byte[] end = new byte[64];
        int n = deflater.deflate(end);
        stream.write(end, 0, Math.max(0, n - 4));
        long sum = adler.getValue();
        stream.writeBytes(new byte[] {(byte) (sum >>> 24), (byte) (sum >>> 16), (byte) (sum >>> 8), (byte) sum});
        deflater.end();
        return write(stream.toByteArray());
    }

    /** A minimal one-page PDF written byte by byte around a given (Flate-encoded) content stream. */

    static byte[] write(byte[] flateContent) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        ascii(out, "%PDF-1.7\n");
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>"};
        for (int i = 0; i < objects.length; i++) {
            offsets.add(out.size());
            ascii(out, (i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n");
        }
        offsets.add(out.size());
        ascii(out, "4 0 obj\n<< /Length " + flateContent.length + " /Filter /FlateDecode >>\nstream\n");
        out.writeBytes(flateContent);
        ascii(out, "\nendstream\nendobj\n");
        int xref = out.size();
        ascii(out, "xref\n0 5\n0000000000 65535 f \n");
        for (int offset : offsets) {
            ascii(out, String.format("%010d 00000 n \n", offset));
        }
        ascii(out, "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void ascii(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
