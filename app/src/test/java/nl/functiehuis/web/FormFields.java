package nl.functiehuis.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields a browser would submit for a form of a page, in document order: inputs, the selected
 * option of each select and the text of each text area (submit buttons are left out).
 */
final class FormFields {
    private static final Pattern CONTROL = Pattern.compile(
            "<input\\b([^>]*)>|<select\\b([^>]*)>(.*?)</select>|<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");

    private FormFields() {}

    /** The fields of the first form whose start tag contains {@code marker}. */
    static List<Map.Entry<String, String>> of(String html, String marker) {
        int start = html.indexOf(marker);
        if (start < 0) {
            throw new AssertionError("no form with " + marker + " in page:\n" + html);
        }
        String form = html.substring(start, html.indexOf("</form>", start));
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        Matcher m = CONTROL.matcher(form);
        while (m.find()) {
            if (m.group(1) != null) {
                String type = attr(m.group(1), "type");
                if (!"submit".equals(type) && attr(m.group(1), "name") != null) {
                    fields.add(Map.entry(attr(m.group(1), "name"), value(attr(m.group(1), "value"))));
                }
            } else if (m.group(2) != null) {
                fields.add(Map.entry(attr(m.group(2), "name"), selected(m.group(3))));
            } else {
                String text = m.group(5).startsWith("\n") ? m.group(5).substring(1) : m.group(5);
                fields.add(Map.entry(attr(m.group(4), "name"), unescape(text)));
            }
        }
        return fields;
    }

    /** The fields with the first field of this name set to {@code value}. */
    static List<Map.Entry<String, String>> with(List<Map.Entry<String, String>> fields, String name, String value) {
        return change(fields, name, old -> value);
    }

    static List<Map.Entry<String, String>> change(List<Map.Entry<String, String>> fields, String name,
            UnaryOperator<String> change) {
        List<Map.Entry<String, String>> copy = new ArrayList<>(fields);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).getKey().equals(name)) {
                copy.set(i, Map.entry(name, change.apply(copy.get(i).getValue())));
                return copy;
            }
        }
        throw new AssertionError("no field " + name + " in " + fields);
    }

    /** The fields plus the name and value of the submit button pressed. */
    static List<Map.Entry<String, String>> submit(List<Map.Entry<String, String>> fields, String button, String value) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        all.add(Map.entry(button, value));
        return all;
    }

    /** The part of a page from {@code from} up to the next {@code to}. */
    static String between(String html, String from, String to) {
        int start = html.indexOf(from);
        if (start < 0) {
            throw new AssertionError("'" + from + "' not in page:\n" + html);
        }
        return html.substring(start, html.indexOf(to, start + from.length()));
    }

    static String value(List<Map.Entry<String, String>> fields, String name) {
        return fields.stream().filter(f -> f.getKey().equals(name)).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + name));
    }

    private static String selected(String options) {
        Matcher m = OPTION.matcher(options);
        String first = null;
        while (m.find()) {
            String v = value(attr(m.group(1), "value"));
            if (first == null) {
                first = v;
            }
            if (m.group(1).matches("(?s).*\\bselected\\b.*")) {
                return v;
            }
        }
        return first == null ? "" : first;
    }

    private static String attr(String attrs, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attrs);
        return m.find() ? unescape(m.group(1)) : null;
    }

    private static String value(String v) {
        return v == null ? "" : v;
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
