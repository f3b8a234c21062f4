package org.vigie.server;

import java.util.regex.Pattern;

/**
 * A small HTML writer that escapes every piece of text and every attribute value it is given. Tag and attribute
 * names must be plain lowercase names, and link targets must be site-relative, a fragment or http(s), so nothing
 * taken from a document can become markup or a script URL.
 */
final class Html {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern SAFE_URL = Pattern.compile("(/(?!/)|#|\\?|https?://)[^\\s]*", Pattern.CASE_INSENSITIVE);

    private final StringBuilder out = new StringBuilder(4096);

    Html doctype() {
        out.append("<!DOCTYPE html>\n");
        return this;
    }

    /** Opens an element; {@code attributes} are name/value pairs, a null value leaves the attribute out. */
    Html open(String tag, String... attributes) {
        out.append('<').append(name(tag));
        attributes(attributes);
        out.append('>');
        return this;
    }

    /** An element without content or end tag, such as {@code meta} or {@code link}. */
    Html empty(String tag, String... attributes) {
        return open(tag, attributes);
    }

    Html close(String tag) {
        out.append("</").append(name(tag)).append('>');
        return this;
    }

    Html text(Object text) {
        if (text != null) escape(String.valueOf(text), out);
        return this;
    }

    /** An element holding only text. */
    Html element(String tag, Object text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** Appends what another builder wrote; it was escaped there. */
    Html append(Html other) {
        out.append(other.out);
        return this;
    }

    private void attributes(String[] attributes) {
        if (attributes.length % 2 != 0) throw new IllegalArgumentException("attributes come as name/value pairs");
        for (int i = 0; i < attributes.length; i += 2) {
            String name = name(attributes[i]);
            String value = attributes[i + 1];
            if (value == null) continue;
            if ((name.equals("href") || name.equals("src") || name.equals("action")) && !SAFE_URL.matcher(value).matches()) {
                throw new IllegalArgumentException("refusing unsafe URL in " + name + ": " + value);
            }
            out.append(' ').append(name).append("=\"");
            escape(value, out);
            out.append('"');
        }
    }

    private static String name(String name) {
        if (!NAME.matcher(name).matches()) throw new IllegalArgumentException("not an HTML name: " + name);
        return name;
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        escape(s, sb);
        return sb.toString();
    }

    /** Escapes markup characters; NUL and other C0 controls except tab and newlines become U+FFFD. */
    static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n', '\r' -> out.append(c);
                default -> out.append(c < 0x20 || c == 0x7f ? '\uFFFD' : c);
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
