package nl.functiehuis.importer.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Set;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Unpacks the content streams of every page (and the forms they draw) once, counting only, before
 * any text is extracted: a stream that inflates at a bomb-like ratio, or contents beyond the limits,
 * refuse the file in well under a second instead of keeping the text extraction busy for minutes.
 */
final class PdfContentCheck {
    private final String source;
    private final Limits limits;
    private final Set<COSStream> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final byte[] buffer = new byte[64 * 1024];
    private long total;

    PdfContentCheck(String source, Limits limits) {
        this.source = source;
        this.limits = limits;
    }

    void check(PDDocument doc) throws IOException, DocumentRefused {
        int number = 0;
        for (PDPage page : doc.getPages()) {
            number++;
            for (Iterator<PDStream> streams = page.getContentStreams(); streams.hasNext(); ) {
                count(streams.next().getCOSObject(), number);
            }
            COSDictionary xobjects = page.getCOSObject().getCOSDictionary(COSName.RESOURCES) == null ? null
                    : page.getCOSObject().getCOSDictionary(COSName.RESOURCES).getCOSDictionary(COSName.XOBJECT);
            if (xobjects != null) {
                for (COSName name : xobjects.keySet()) {
                    COSBase x = xobjects.getDictionaryObject(name);
                    if (x instanceof COSStream form && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))) {
                        count(form, number);
                    }
                }
            }
        }
    }

    private void count(COSStream stream, int page) throws IOException, DocumentRefused {
        if (!seen.add(stream)) {
            return;
        }
        long packed = Math.max(1, stream.getLength());
        long unpacked = 0;
        try (InputStream in = COSName.FLATE_DECODE.equals(stream.getFilters())
                ? new InflaterInputStream(stream.createRawInputStream()) : stream.createInputStream()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                unpacked += n;
                total += n;
                if (unpacked > ZipContainer.RATIO_GRACE && unpacked / packed > ZipContainer.MAX_RATIO) {
                    throw new DocumentRefused(source + " lijkt een compressiebom: de inhoud van pagina " + page
                            + " pakt uit met verhouding 1:" + unpacked / packed);
                }
                if (total > limits.maxUnpackedBytes()) {
                    throw new DocumentRefused(source + ": de pagina-inhoud pakt uit tot meer dan "
                            + limits.maxUnpackedBytes() / (1024 * 1024) + " MB (bij pagina " + page + ")");
                }
            }
        }
    }
}
