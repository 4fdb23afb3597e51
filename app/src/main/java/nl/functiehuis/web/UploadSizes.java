package nl.functiehuis.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** File sizes in Dutch ("1,5 MB", "12 kB") and the name of an uploaded file without its folders. */
final class UploadSizes {
    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    private UploadSizes() {}

    static String describe(long bytes) {
        var format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
        if (bytes >= MB) {
            return format.format(bytes / (double) MB) + " MB";
        }
        if (bytes >= KB) {
            return Math.round(bytes / (double) KB) + " kB";
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    /** The file name without any folder a browser may send along; a numbered name when there is none. */
    static String fileName(@Nullable String original, int index) {
        String name = original == null ? "" : original.substring(Math.max(original.lastIndexOf('/'),
                original.lastIndexOf('\\')) + 1).strip();
        return name.isEmpty() ? "document-" + (index + 1) : name;
    }
}
