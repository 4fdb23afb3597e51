package nl.functiehuis.importer.booklet.front;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.SourceDocument;
import org.jspecify.annotations.Nullable;

/**
 * Reads the publisher's address block by the shape of its lines (postbus, Dutch postcode and city,
 * telephone number, e-mail address, website), looking at the back cover first and then the front.
 */
final class ContactReader {
    static final Pattern WEBSITE = Pattern.compile("\\bwww\\.[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern POSTBUS = Pattern.compile("^((?i:postbus)\\s+\\d+)\\b");
    private static final Pattern POSTCODE = Pattern.compile("^(\\d{4}\\s?\\p{Lu}{2}\\s+\\p{Lu}[\\p{L} '-]+)$");
    private static final Pattern PHONE = Pattern.compile("^((?:\\+31|0)[\\d\\s()-]{8,15})$");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final int BACK_COVER = 30;

    private ContactReader() {}

    static Contact read(SourceDocument document, int frontEnd) {
        Contact back = scan(document, Math.max(frontEnd, document.size() - BACK_COVER), document.size());
        Contact front = scan(document, 0, frontEnd);
        return new Contact(or(back.postbus(), front.postbus()), or(back.postcodeCity(), front.postcodeCity()),
                or(back.phone(), front.phone()), or(back.email(), front.email()), or(back.website(), front.website()));
    }

    private static Contact scan(SourceDocument document, int from, int to) {
        String postbus = null;
        String postcode = null;
        String phone = null;
        String email = null;
        String website = null;
        for (Block b : document.range(from, to)) {
            if (b.isRow()) {
                continue;
            }
            String t = Texts.plain(b.text());
            postbus = postbus != null ? postbus : group(POSTBUS, t, 1);
            postcode = postcode != null ? postcode : group(POSTCODE, t, 1);
            if (phone == null && PHONE.matcher(t).matches()) {
                String digits = t.replaceAll("\\D", "");
                phone = digits.length() >= 10 && digits.length() <= 11 ? t : null;
            }
            email = email != null || t.indexOf('@') < 0 ? email : group(EMAIL, t, 0);
            website = website != null || !t.contains("www.") ? website : group(WEBSITE, t, 0);
        }
        return new Contact(postbus, postcode, phone, email, website);
    }

    private static @Nullable String group(Pattern pattern, String text, int group) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(group) : null;
    }

    private static @Nullable String or(@Nullable String first, @Nullable String second) {
        return first != null ? first : second;
    }
}
