package nl.functiehuis.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** File sizes in Dutch: "1,5 MB", "12 kB", "300 bytes". */
public final class Sizes {
    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    private Sizes() {}

    public static String describe(long bytes) {
        if (bytes >= MB) {
            var mb = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MB), 1, RoundingMode.HALF_UP);
            return mb.stripTrailingZeros().toPlainString().replace('.', ',') + " MB";
        }
        if (bytes >= KB) {
            return Math.round(bytes / (double) KB) + " kB";
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }
}
