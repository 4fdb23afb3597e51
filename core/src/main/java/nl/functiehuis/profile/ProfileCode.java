package nl.functiehuis.profile;

import java.util.Locale;
import java.util.regex.Pattern;
import nl.functiehuis.InvalidValue;
import org.jspecify.annotations.Nullable;

/**
 * The code of a function profile as the organisation writes it: "N06.01.02", "N06.01.06/VP I", "1397".
 * {@link #slug()} is the form used in addresses.
 */
public record ProfileCode(String value) {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ./_-]*");

    public ProfileCode {
        if (value == null || value.isBlank()) {
            throw new InvalidValue("code", "is verplicht");
        }
        value = SPACES.matcher(value.strip()).replaceAll(" ");
        if (value.length() > 60) {
            throw new InvalidValue("code", "is langer dan 60 tekens");
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new InvalidValue("code", "bevat tekens die niet in een functiecode horen: '" + value + "'");
        }
    }

    public static ProfileCode of(String value) {
        return new ProfileCode(value);
    }

    /** Address form: letters, digits and dots kept, every other run becomes one hyphen, upper case. */
    public String slug() {
        return slugOf(value);
    }

    /** The slug of any text a user may type for a code, so "n06.01.06/vp i" finds "N06.01.06/VP I". */
    public static String slugOf(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String upper = text.strip().toUpperCase(Locale.ROOT);
        var slug = new StringBuilder(upper.length());
        boolean gap = false;
        for (int i = 0; i < upper.length(); ) {
            int c = upper.codePointAt(i);
            i += Character.charCount(c);
            if (!kept(c)) {
                gap = true;
                continue;
            }
            if (gap && !slug.isEmpty()) {
                slug.append('-');
            }
            gap = false;
            slug.appendCodePoint(c);
        }
        return slug.toString();
    }

    /** A letter, a number or a dot: what a slug keeps (every other run of characters becomes one hyphen). */
    private static boolean kept(int c) {
        return c == '.' || Character.isLetter(c) || switch (Character.getType(c)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    @Override
    public String toString() {
        return value;
    }
}
