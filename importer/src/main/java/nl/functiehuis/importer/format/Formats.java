package nl.functiehuis.importer.format;

import java.util.Locale;

/** Chooses the format of a file by its first bytes, and by its name where the bytes do not tell. */
public final class Formats {
    private Formats() {}

    public static Format detect(String source, byte[] content) throws DocumentRefused {
        String name = source.toLowerCase(Locale.ROOT);
        if (startsWith(content, "%PDF")) {
            throw new DocumentRefused(source + ": PDF wordt nog niet ondersteund");
        }
        if (startsWith(content, "PK")) {
            throw new DocumentRefused(source + ": Word- en OpenDocument-bestanden worden nog niet ondersteund");
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            throw new DocumentRefused(source + ": HTML wordt nog niet ondersteund");
        }
        return new TextFormat();
    }

    static boolean startsWith(byte[] content, String magic) {
        if (content.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (content[i] != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
