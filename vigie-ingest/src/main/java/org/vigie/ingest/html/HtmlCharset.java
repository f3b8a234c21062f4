package org.vigie.ingest.html;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset a page declares in its first bytes ({@code <meta charset>} or the http-equiv
 * Content-Type), like the WHATWG prescan: the bytes are read as ASCII, so any ASCII-compatible charset works.
 */
final class HtmlCharset {
    private static final int PRESCAN = 4096;
    private static final Pattern META = Pattern.compile("<meta\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET_ATTR = Pattern.compile("\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    private HtmlCharset() {
    }

    static Optional<String> declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        head = COMMENT.matcher(head).replaceAll(" ");
        Matcher meta = META.matcher(head);
        while (meta.find()) {
            String tag = meta.group();
            String lower = tag.toLowerCase(java.util.Locale.ROOT);
            boolean relevant = lower.matches("(?s).*\\bcharset\\s*=.*")
                    && (!lower.contains("http-equiv") || lower.contains("content-type"));
            if (!relevant) continue;
            Matcher cs = CHARSET_ATTR.matcher(tag);
            if (cs.find()) return Optional.of(cs.group(1));
        }
        return Optional.empty();
    }
}
