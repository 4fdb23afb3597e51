package nl.functiehuis.importer.format;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A minimal one-page PDF written byte by byte around a given (Flate-encoded) content stream. */
final class Pdfs {
    private Pdfs() {}

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
