package org.vigie.ingest.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which lines of a page are its main content. In the manner of Readability: every paragraph-like
 * line scores its ancestors (length, commas), class/id words raise or lower an element, link-dense
 * elements are discounted; the best element, with the siblings that look like they continue it, is the
 * content. Inside it, lines that sit in navigation, share bars, comment threads, related-article lists
 * and similar sub-blocks, or that are mostly link text, are boilerplate.
 */
final class MainContent {
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> PARAGRAPH_BLOCKS = Set.of("p", "pre", "li", "dd", "dt", "blockquote", "h1", "h2",
            "h3", "h4", "h5", "h6", "figcaption", "caption", "address", "summary", "legend");
    private static final Set<String> BOILERPLATE_TAGS = Set.of("nav", "aside", "footer", "form", "menu", "dialog");
    private static final Set<String> BOILERPLATE_ROLES = Set.of("navigation", "complementary", "contentinfo",
            "banner", "menu", "menubar", "search", "dialog", "alertdialog");
    private static final Set<String> BOILERPLATE_HINTS = Set.of("comment", "share", "related", "nav", "footer",
            "aside", "ad", "cookie", "newsletter", "tags");

    private final Element body;
    private final List<TextLine> lines;
    private final String text;
    private final Map<Element, Stats> stats = new IdentityHashMap<>();
    private final Map<Element, Boolean> unlikely = new IdentityHashMap<>();

    private static final class Stats {
        int text;
        int links;
        double score;
        boolean candidate;
    }

    private MainContent(Element body, List<TextLine> lines, String text) {
        this.body = body;
        this.lines = lines;
        this.text = text;
    }

    /** For each line of {@code text}, whether it belongs to the main content. */
    static boolean[] decide(Element body, List<TextLine> lines, String text) {
        return new MainContent(body, lines, text).decide();
    }

    private boolean[] decide() {
        boolean[] main = new boolean[lines.size()];
        if (lines.isEmpty()) return main;
        for (TextLine l : lines) {
            for (Element e = l.block(); e != null; e = e.parent()) {
                Stats s = stats(e);
                s.text += l.length();
                s.links += l.linkChars();
                if (e == body) break;
            }
        }
        score();
        Element top = topCandidate();
        List<Element> content = top == null ? List.of(body) : withSiblings(top);
        for (int i = 0; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            Element root = contentRoot(l.block(), content);
            main[i] = root != null && !insideBoilerplate(l.block(), root) && !linkHeavy(l);
        }
        return main;
    }

    private Stats stats(Element e) {
        return stats.computeIfAbsent(e, k -> new Stats());
    }

    private double linkDensity(Element e) {
        Stats s = stats.get(e);
        return s == null || s.text == 0 ? 0 : (double) s.links / s.text;
    }

    private void score() {
        for (TextLine l : lines) {
            if (l.length() < 25 || l.block() == null || isUnlikely(l.block())) continue;
            String tag = l.block().normalName();
            if (HEADINGS.contains(tag)) continue;
            int commas = commas(l);
            double score = 1 + commas + Math.min(l.length() / 100, 3);
            Element parent = PARAGRAPH_BLOCKS.contains(tag) ? l.block().parent() : l.block();
            int level = 0;
            for (Element a = parent; a != null && level < 5; a = a.parent(), level++) {
                Stats s = stats(a);
                if (!s.candidate) {
                    s.candidate = true;
                    s.score += initialScore(a);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                s.score += score / divider;
                if (a == body) break;
            }
        }
    }

    private int commas(TextLine l) {
        int n = 0;
        for (int i = l.span().start(); i < l.span().end(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') n++;
        }
        return n;
    }

    private Element topCandidate() {
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Stats> e : stats.entrySet()) {
            Stats s = e.getValue();
            if (!s.candidate) continue;
            double score = s.score * (1 - linkDensity(e.getKey()));
            if (score > bestScore) {
                bestScore = score;
                best = e.getKey();
            }
        }
        return best;
    }

    private double finalScore(Element e) {
        Stats s = stats.get(e);
        return s == null || !s.candidate ? 0 : s.score * (1 - linkDensity(e));
    }

    private List<Element> withSiblings(Element top) {
        List<Element> content = new ArrayList<>();
        Element parent = top.parent();
        if (parent == null) return List.of(top);
        double topScore = finalScore(top);
        double threshold = Math.max(10, topScore * 0.2);
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                content.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            if (finalScore(sibling) + bonus >= threshold) {
                content.add(sibling);
                continue;
            }
            if (sibling.normalName().equals("p")) {
                Stats s = stats.get(sibling);
                if (s == null) continue;
                double ld = linkDensity(sibling);
                if (s.text > 80 && ld < 0.25) content.add(sibling);
                else if (s.text > 0 && s.text <= 80 && ld == 0 && sibling.text().matches("(?s).*\\.( |$).*")) content.add(sibling);
            }
        }
        return content;
    }

    private static Element contentRoot(Element block, List<Element> content) {
        for (Element e = block; e != null; e = e.parent()) {
            for (Element c : content) {
                if (c == e) return c;
            }
        }
        return null;
    }

    private boolean insideBoilerplate(Element block, Element root) {
        for (Element e = block; e != null && e != root; e = e.parent()) {
            if (isBoilerplateElement(e)) return true;
        }
        return false;
    }

    static boolean isBoilerplateElement(Element e) {
        if (BOILERPLATE_TAGS.contains(e.normalName())) return true;
        String role = e.attr("role");
        if (!role.isEmpty() && BOILERPLATE_ROLES.contains(role.toLowerCase(java.util.Locale.ROOT))) return true;
        for (String kind : ClassPatterns.hintKinds(e)) {
            if (BOILERPLATE_HINTS.contains(kind)) return true;
        }
        return false;
    }

    private static boolean linkHeavy(TextLine l) {
        return l.linkDensity() > 0.5;
    }

    /** Whether the element or an ancestor is an unlikely place for the main text; memoised, iterative. */
    private boolean isUnlikely(Element e) {
        List<Element> path = new ArrayList<>();
        Boolean known = null;
        for (Element a = e; a != null; a = a.parent()) {
            known = unlikely.get(a);
            if (known != null) break;
            if (a == body || a.parent() == null) {
                known = false;
                unlikely.put(a, false);
                break;
            }
            path.add(a);
        }
        boolean result = known != null && known;
        for (int i = path.size() - 1; i >= 0; i--) {
            Element a = path.get(i);
            result = result || unlikelySelf(a);
            unlikely.put(a, result);
        }
        return result;
    }

    private static boolean unlikelySelf(Element e) {
        if (BOILERPLATE_TAGS.contains(e.normalName())) return true;
        String ci = ClassPatterns.classAndId(e);
        return !ci.isEmpty() && ClassPatterns.UNLIKELY.matcher(ci).find() && !ClassPatterns.MAYBE.matcher(ci).find()
                && !e.normalName().equals("a");
    }

    private static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String ci = ClassPatterns.classAndId(e);
        if (!ci.isEmpty()) {
            if (ClassPatterns.NEGATIVE.matcher(ci).find()) score -= 25;
            if (ClassPatterns.POSITIVE.matcher(ci).find()) score += 25;
        }
        if ("articleBody".equals(e.attr("itemprop"))) score += 25;
        return score;
    }
}
