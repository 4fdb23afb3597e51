package nl.functiehuis.importer.format;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.TextPosition;
import org.jspecify.annotations.Nullable;

/** Glyphs gathered for one block or cell item of a tagged PDF, and the page it starts on. */
final class PdfText {
    final List<TextPosition> glyphs = new ArrayList<>();
    @Nullable PDPage page;

    void add(@Nullable PDPage at, List<TextPosition> more) {
        if (!more.isEmpty()) {
            pageOnce(at);
            glyphs.addAll(more);
        }
    }

    void pageOnce(@Nullable PDPage at) {
        if (page == null) {
            page = at;
        }
    }

    boolean isEmpty() {
        return glyphs.isEmpty();
    }
}
