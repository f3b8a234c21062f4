package org.vigie.ingest.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.vigie.core.model.Span;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A page's visible text, one block per line: block elements and {@code <br>} end lines, whitespace is
 * collapsed as a browser does (kept in {@code <pre>}), and what a reader never sees is dropped: scripts,
 * styles, templates, embedded frames and objects, form controls' option lists, and hidden elements.
 * Iterative traversal, so deeply nested markup cannot overflow the stack.
 */
final class VisibleText {
    static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "body", "center", "dd",
            "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu",
            "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
            "caption", "ul", "listing", "plaintext", "xmp", "search", "frameset", "noframes");
    static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "iframe", "frame", "object",
            "embed", "applet", "svg", "math", "canvas", "head", "title", "select", "datalist", "option", "textarea",
            "audio", "video", "source", "track", "map", "meta", "link", "base", "param", "input", "img", "picture");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

    record Result(String text, List<TextLine> lines) {
    }

    private VisibleText() {
    }

    static Result of(Element root) {
        Builder b = new Builder();
        NodeTraversor.filter(b, root);
        b.flush();
        return new Result(b.out.toString(), b.lines);
    }

    static boolean isDropped(Element e) {
        String tag = e.normalName();
        if (DROPPED.contains(tag)) return true;
        if (e.hasAttr("hidden")) return true;
        if (tag.equals("input") && "hidden".equalsIgnoreCase(e.attr("type"))) return true;
        String style = e.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
    }

    private static final class Builder implements NodeFilter {
        final StringBuilder out = new StringBuilder();
        final List<TextLine> lines = new ArrayList<>();
        final StringBuilder line = new StringBuilder();
        final Deque<Element> blocks = new ArrayDeque<>();
        Element lineBlock;
        boolean pendingSpace;
        int linkChars;
        int linkDepth;
        int preDepth;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) return FilterResult.CONTINUE;
            if (isDropped(e)) return FilterResult.SKIP_ENTIRELY;
            String tag = e.normalName();
            if (tag.equals("br")) {
                flush();
                return FilterResult.CONTINUE;
            }
            if (BLOCK.contains(tag)) {
                flush();
                blocks.push(e);
            }
            if (tag.equals("pre") || tag.equals("listing") || tag.equals("xmp") || tag.equals("plaintext")) preDepth++;
            if (tag.equals("a") && e.hasAttr("href")) linkDepth++;
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) return FilterResult.CONTINUE;
            String tag = e.normalName();
            if (BLOCK.contains(tag)) {
                flush();
                if (!blocks.isEmpty() && blocks.peek() == e) blocks.pop();
            }
            if (tag.equals("pre") || tag.equals("listing") || tag.equals("xmp") || tag.equals("plaintext")) preDepth--;
            if (tag.equals("a") && e.hasAttr("href")) linkDepth--;
            return FilterResult.CONTINUE;
        }

        private void append(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n' && preDepth > 0) {
                    flush();
                    continue;
                }
                if (c == '\u00AD' || c == '\u200B' || c == '\uFEFF') continue;
                if (c == '\u00A0' || Character.isWhitespace(c) || Character.isISOControl(c)) {
                    pendingSpace = true;
                    continue;
                }
                if (line.length() == 0) {
                    lineBlock = blocks.peek();
                } else if (pendingSpace) {
                    line.append(' ');
                    if (linkDepth > 0) linkChars++;
                }
                pendingSpace = false;
                line.append(c);
                if (linkDepth > 0) linkChars++;
            }
        }

        void flush() {
            if (line.length() > 0) {
                if (out.length() > 0) out.append('\n');
                int start = out.length();
                out.append(line);
                lines.add(new TextLine(new Span(start, out.length()), lineBlock, Math.min(linkChars, line.length())));
            }
            line.setLength(0);
            pendingSpace = false;
            linkChars = 0;
            lineBlock = null;
        }
    }
}
