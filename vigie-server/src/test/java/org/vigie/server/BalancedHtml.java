package org.vigie.server;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Checks raw HTML, before any browser repairs it, for elements closed in the order they were opened. */
final class BalancedHtml {
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)\\b[^>]*>");
    private static final Set<String> VOID = Set.of("meta", "link", "br", "hr", "img", "input");

    private BalancedHtml() {
    }

    static void assertBalanced(String html) {
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            String name = m.group(2).toLowerCase();
            if (VOID.contains(name)) continue;
            if (m.group(1).isEmpty()) {
                if (name.equals("a") && open.contains("a")) fail("a link inside a link at " + m.start() + ": " + around(html, m.start()));
                open.push(name);
            } else {
                String top = open.poll();
                if (!name.equals(top)) fail("</" + name + "> closes <" + top + "> at " + m.start() + ": " + around(html, m.start()));
            }
        }
        assertEquals(0, open.size(), "left open: " + open);
    }

    /** The text of an HTML fragment without its tags, entities decoded. */
    static String text(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String around(String s, int at) {
        return s.substring(Math.max(0, at - 80), Math.min(s.length(), at + 80));
    }
}
