package org.vigie.ingest.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which lines of a page are its main content. The content root is the deepest element holding
 * most of the page's running text, counted outside regions that class/id words and tags mark as unlikely
 * (navigation, comments, sidebars...). Inside it, lines that sit in navigation, forms, comment threads,
 * or in share bars, related lists, ads and asides that hold little running text, and lines that are mostly
 * link text, are boilerplate; so are figures and captions, related links, newsletter calls and share
 * bars and author boxes (unless a class of the same element names content), sections of linked teaser
 * headlines, lines announcing related links ("Lire aussi", from {@code related-headings.tsv}) with the
 * teasers they head, copyright, advertising and subscription notices ({@code notice-phrases.tsv}), short
 * lines introducing links, headings that introduce no main line and short lines after the last paragraph.
 * A list or table is never the root by itself, and lead paragraphs or a short standfirst block just
 * before the root belong to the article. An element holding most of the page (an ASP.NET form) is the
 * page, not a form. When class words leave under {@value #SHORT_RESULT} characters, a second pass that
 * ignores them is kept if it finds much more. A page without running text falls back to Readability-style
 * scoring: paragraph-like lines score their ancestors (length, commas, class/id words), discounted by
 * link density.
 */
final class MainContent {
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> PARAGRAPH_BLOCKS = Set.of("p", "pre", "li", "dd", "dt", "blockquote", "h1", "h2",
            "h3", "h4", "h5", "h6", "figcaption", "caption", "address", "summary", "legend");
    private static final Set<String> BOILERPLATE_TAGS = Set.of("nav", "aside", "footer", "form", "menu", "dialog");
    private static final Set<String> STRUCTURAL_TAGS = Set.of("nav", "footer", "form", "menu", "dialog");
    private static final Set<String> STRUCTURAL_ROLES = Set.of("navigation", "contentinfo", "menu", "menubar",
            "search", "dialog", "alertdialog");
    private static final Set<String> BOILERPLATE_ROLES = Set.of("navigation", "complementary", "contentinfo",
            "banner", "menu", "menubar", "search", "dialog", "alertdialog");
    private static final Set<String> BOILERPLATE_HINTS = Set.of("comment", "share", "related", "nav", "footer",
            "aside", "ad", "cookie", "newsletter", "tags");

    private final Element body;
    private final List<TextLine> lines;
    private final String text;
    private final Map<Element, Stats> stats = new IdentityHashMap<>();
    private final Map<Element, Boolean> unlikely = new IdentityHashMap<>();
    /** Candidates in the order they were first scored, so that ties are broken the same way every run. */
    private final List<Element> candidates = new ArrayList<>();

    private static final class Stats {
        int text;
        int links;
        int good;
        int dense;
        double score;
        boolean candidate;
    }

    /** Whether class and id words can rule a region out as a place for the main text. */
    private final boolean trustClassWords;

    private MainContent(Element body, List<TextLine> lines, String text, boolean trustClassWords) {
        this.trustClassWords = trustClassWords;
        this.body = body;
        this.lines = lines;
        this.text = text;
    }

    /** For each line of {@code text}, whether it belongs to the main content. */
    static boolean[] decide(Element body, List<TextLine> lines, String text) {
        boolean[] strict = new MainContent(body, lines, text, true).decide();
        int strictChars = mainChars(strict, lines);
        if (strictChars >= SHORT_RESULT) return strict;
        // Class words mislead on some sites ("above-footer", "banners-contenido" around the article): when
        // trusting them leaves little text, as Readability does, try again without them and keep the
        // second answer if it finds much more.
        boolean[] relaxed = new MainContent(body, lines, text, false).decide();
        return mainChars(relaxed, lines) >= 2 * strictChars + RETRY_GAIN ? relaxed : strict;
    }

    /** Below this many characters of main text, the extraction is tried again without class words. */
    private static final int SHORT_RESULT = 1000;
    /** How many more characters the second try must find, beyond twice the first. */
    private static final int RETRY_GAIN = 200;

    private static int mainChars(boolean[] main, List<TextLine> lines) {
        int n = 0;
        for (int i = 0; i < main.length; i++) if (main[i]) n += lines.get(i).length();
        return n;
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
        int totalGood = 0;
        for (TextLine l : lines) {
            if (l.length() >= 40 && l.linkDensity() <= 0.3) {
                for (Element e = l.block(); e != null; e = e.parent()) {
                    stats(e).dense += l.length();
                    if (e == body) break;
                }
            }
            if (!isGood(l)) continue;
            totalGood += l.length();
            for (Element e = l.block(); e != null; e = e.parent()) {
                stats(e).good += l.length();
                if (e == body) break;
            }
        }
        List<Element> content;
        if (totalGood > 0) {
            content = withLeadParagraphs(descend(totalGood));
        } else {
            // No running text anywhere: fall back to the best-scored element and its look-alike siblings.
            Element top = topCandidate();
            content = top == null ? List.of(body) : withSiblings(top);
        }
        for (int i = 0; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            Element root = contentRoot(l.block(), content);
            main[i] = root != null && !insideBoilerplate(l.block(), root) && !linkHeavy(l) && !insideFigure(l.block(), root);
        }
        dropTeaserSections(main);
        dropRelatedSections(main);
        dropOrphanHeadings(main);
        // After the headings, so that a heading whose section ends in a notice keeps its body.
        dropNotices(main);
        dropIntroductionsToLinks(main);
        dropShortTail(main);
        return main;
    }

    /** Share of the page's running text the content root must hold (tuned on the trafilatura set: 0.7-0.8). */
    private static final double ROOT_SHARE = 0.8;
    /** Lines shorter than this after the last paragraph of running text are not main content. */
    private static final int TAIL_LINE = 40;

    private static int headingLevel(TextLine l) {
        if (l.block() == null) return 0;
        String t = l.block().normalName();
        return HEADINGS.contains(t) ? t.charAt(1) - '0' : 0;
    }

    /**
     * A section whose sub-headings are mostly links and whose lines are all short is a list of teasers for
     * other pages ("More on this topic", then linked headlines each with a one-line summary), even where
     * the summaries read as running text.
     */
    private void dropTeaserSections(boolean[] main) {
        for (int i = 0; i < lines.size(); i++) {
            int level = headingLevel(lines.get(i));
            if (level < 2) continue;
            int end = i + 1;
            int subheadings = 0;
            int linked = 0;
            boolean longLine = false;
            for (; end < lines.size(); end++) {
                TextLine line = lines.get(end);
                int l = headingLevel(line);
                if (l != 0 && l <= level) break;
                if (l != 0) {
                    subheadings++;
                    if (line.linkDensity() > 0.5) linked++;
                } else if (line.length() > TEASER_LINE) {
                    longLine = true;
                }
            }
            if (!longLine && linked >= TEASERS && linked * 2 > subheadings) {
                for (int j = i; j < end; j++) main[j] = false;
                i = end - 1;
            }
        }
    }

    /**
     * A line that announces links to other pages ("Mehr zum Thema", "Lire aussi", "Related") is not main
     * text. Under such a heading, the section's lines up to the next heading of the same level are teasers
     * too, unless one reads as a long paragraph; after such a plain line, the link lines that follow are.
     */
    private void dropRelatedSections(boolean[] main) {
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (!main[i] || !LinePhrases.introducesRelated(text.subSequence(line.span().start(), line.span().end()))) continue;
            main[i] = false;
            int level = headingLevel(line);
            for (int j = i + 1; j < lines.size(); j++) {
                TextLine next = lines.get(j);
                int l = headingLevel(next);
                if (level > 0) {
                    if (l != 0 && l <= level) break;
                    if (l == 0 && next.length() >= TEASER_LINE && next.linkDensity() <= 0.3) break;
                } else if (l != 0 || (main[j] && next.linkDensity() <= 0.5)) {
                    break;
                }
                main[j] = false;
            }
        }
    }

    /** Copyright, advertising and subscription notices and picture credits written as paragraphs are not main text. */
    private void dropNotices(boolean[] main) {
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (!main[i]) continue;
            CharSequence s = text.subSequence(line.span().start(), line.span().end());
            if (LinePhrases.isNotice(s) || LinePhrases.isCredit(s)) main[i] = false;
        }
    }

    /** How many linked headlines make a section a list of teasers; how long a teaser's summary can be. */
    private static final int TEASERS = 2;
    private static final int TEASER_LINE = 250;

    /** A heading whose section holds no main line introduces something else (related links, comments). */
    private void dropOrphanHeadings(boolean[] main) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            int level = headingLevel(lines.get(i));
            if (!main[i] || level == 0) continue;
            boolean hasBody = false;
            for (int j = i + 1; j < lines.size(); j++) {
                int l = headingLevel(lines.get(j));
                if (l != 0 && l <= level) break;
                if (main[j] && l == 0) {
                    hasBody = true;
                    break;
                }
            }
            if (!hasBody) main[i] = false;
        }
    }

    /**
     * A short line that is not a sentence ("Read more:", "Explore further") followed by link lines that are
     * not main content introduces those links, whatever tag it is written in.
     */
    private void dropIntroductionsToLinks(boolean[] main) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            TextLine l = lines.get(i);
            if (!main[i] || l.length() > INTRO_LINE || main[i + 1] || lines.get(i + 1).linkDensity() <= 0.5) continue;
            if (l.block() != null && ITEM_TAGS.contains(l.block().normalName())) continue;
            if (Character.isDigit(text.charAt(l.span().start()))) continue;
            char last = text.charAt(l.span().end() - 1);
            if (last != '.' && last != '!' && last != '?' && last != '"' && last != '\u201D' && last != '\u00BB') main[i] = false;
        }
    }

    /** List items and cells are entries (ingredients, table rows), not introductions. */
    private static final Set<String> ITEM_TAGS = Set.of("li", "td", "th", "dd", "dt");

    /** Lines no longer than this can introduce a list of links. */
    private static final int INTRO_LINE = 40;

    /** Short lines after the last paragraph of running text are bylines, credits and calls to action. */
    private void dropShortTail(boolean[] main) {
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            if (main[i] && l.length() >= 80 && l.linkDensity() <= 0.3) last = i;
        }
        for (int i = last + 1; i < lines.size() && last >= 0; i++) {
            if (main[i] && lines.get(i).length() < TAIL_LINE) main[i] = false;
        }
    }


    private boolean isGood(TextLine l) {
        if (l.block() == null || l.length() < 40 || l.linkDensity() > 0.3) return false;
        if (HEADINGS.contains(l.block().normalName())) return false;
        return !isUnlikely(l.block());
    }

    /**
     * The deepest element that still holds most of the page's running text (lines of 40+ characters,
     * little link text, outside unlikely regions): an article split into several sections is kept whole.
     */
    private Element descend(int totalGood) {
        Element current = body;
        while (true) {
            Element next = null;
            for (Element child : current.children()) {
                Stats s = stats.get(child);
                if (s != null && s.good >= ROOT_SHARE * totalGood) {
                    next = child;
                    break;
                }
            }
            if (next == null) break;
            current = next;
        }
        // A list or a table is part of an article, not an article: recipes and how-tos keep their
        // ingredients and short steps around the list of long ones.
        while (current != body && current.parent() != null && PART_TAGS.contains(current.normalName())) {
            current = current.parent();
        }
        return current;
    }

    private static final Set<String> PART_TAGS = Set.of("ul", "ol", "dl", "li", "dd", "dt", "table", "tbody", "thead",
            "tr", "td", "th", "p", "blockquote");

    /**
     * Leads and standfirsts often sit beside the element holding the rest of the article (a {@code <p
     * class="intro">} before the body's div): paragraphs that are siblings of the content root and read
     * as running text, as Readability's sibling rule has it, are main content too.
     */
    private List<Element> withLeadParagraphs(Element root) {
        List<Element> content = new ArrayList<>();
        content.add(root);
        Element inner = root;
        for (int level = 0; level < LEAD_LEVELS && inner != body && inner.parent() != null; level++) {
            boolean before = true;
            for (Element sibling : inner.parent().children()) {
                if (sibling == inner) {
                    before = false;
                    continue;
                }
                if (isUnlikely(sibling)) continue;
                Stats s = stats.get(sibling);
                if (s == null || s.text == 0) continue;
                if (sibling.normalName().equals("p")) {
                    if (s.text >= 80 && s.good >= 0.9 * s.text) content.add(sibling);
                } else if (before && STANDFIRST_HEADINGS.contains(sibling.normalName())) {
                    // A standfirst set as a sub-heading just before the body: a sentence, not a title.
                    if (s.text >= STANDFIRST_CHARS && s.links == 0) content.add(sibling);
                } else if (before && s.good >= LEAD_GOOD_SHARE * s.text && s.text <= LEAD_MAX_CHARS) {
                    // A standfirst block before the body (div.teaser-text, header > p.lead): its running-text
                    // lines, not its headings or links.
                    for (TextLine l : lines) {
                        if (isGood(l) && isInside(l.block(), sibling) && !insideBoilerplate(l.block(), sibling)
                                && !insideFigure(l.block(), sibling)) content.add(l.block());
                    }
                }
            }
            inner = inner.parent();
        }
        return content;
    }

    /** Sub-headings that can hold a standfirst, and how long one is at least (titles are shorter). */
    private static final Set<String> STANDFIRST_HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    private static final int STANDFIRST_CHARS = 80;

    /** A block before the body is a lead when most of its text is running text, and it is short. */
    private static final double LEAD_GOOD_SHARE = 0.6;
    private static final int LEAD_MAX_CHARS = 1500;

    private static boolean isInside(Element e, Element ancestor) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a == ancestor) return true;
        }
        return false;
    }

    /** How many levels above the content root lead paragraphs are looked for. */
    private static final int LEAD_LEVELS = 3;

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
                    candidates.add(a);
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
        for (Element c : candidates) {
            double score = finalScore(c);
            if (score > bestScore) {
                bestScore = score;
                best = c;
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

    private final Map<Element, Boolean> boilerplate = new IdentityHashMap<>();

    private boolean insideBoilerplate(Element block, Element root) {
        for (Element e = block; e != null && e != root; e = e.parent()) {
            if (boilerplate.computeIfAbsent(e, this::isBoilerplateElement)) return true;
        }
        return false;
    }

    /**
     * Structural navigation, forms and footers are always boilerplate; comment threads too, and related
     * links unless the same class also names content ("entry-content-read-more"). Other
     * class/id hints (share, related, ad...) and asides are trusted only when the element holds little
     * running text, since class names like "section--ads" or anchor ids like "nav_chapter" also occur
     * on real article sections.
     */
    private boolean isBoilerplateElement(Element e) {
        String tag = e.normalName();
        if (STRUCTURAL_TAGS.contains(tag)) return !wrapsPage(e);
        String role = e.attr("role").toLowerCase(java.util.Locale.ROOT);
        if (!role.isEmpty() && STRUCTURAL_ROLES.contains(role)) return true;
        boolean weak = tag.equals("aside") || role.equals("complementary");
        if (!HEADINGS.contains(tag) && !tag.equals("p")) {
            for (String kind : ClassPatterns.hintKinds(e)) {
                if (kind.equals("comment")) return true;
                if ((kind.equals("related") || kind.equals("newsletter") || kind.equals("share") || kind.equals("authorbox")) && !namesContent(e)) return true;
                if (kind.equals("figcaption") && isSmall(e)) return true;
                if (BOILERPLATE_HINTS.contains(kind)) weak = true;
            }
        }
        if (!weak) return false;
        Stats s = stats.get(e);
        return s == null || s.text == 0 || s.dense < 0.5 * s.text;
    }

    /**
     * Figures hold pictures' captions and credits ("Photo: ..."), which are not the article's running text.
     * A figure that is the content root itself (some sites wrap whole posts in one) is kept, and so are
     * tables, which sites also wrap in figures.
     */
    private static boolean insideFigure(Element block, Element root) {
        boolean table = false;
        for (Element e = block; e != null && e != root; e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("figcaption")) return true;
            if (tag.equals("table")) table = true;
            if (tag.equals("figure") && !table) return true;
        }
        return false;
    }

    /** Captions and credits are a line or two; a large element whose class says "legend" is something else. */
    private boolean isSmall(Element e) {
        Stats s = stats.get(e);
        return s == null || s.text <= CAPTION_CHARS;
    }

    private static final int CAPTION_CHARS = 300;

    /** Whether one of the element's class names (or its id) names content without naming related links. */
    private static boolean namesContent(Element e) {
        for (String token : ClassPatterns.classAndId(e).split("\\s+")) {
            if (!token.isEmpty() && ClassPatterns.POSITIVE.matcher(token).find()
                    && !ClassPatterns.HINTS.get("related").matcher(token).find()) return true;
        }
        return false;
    }

    /**
     * Some sites wrap the whole page in one element, typically an ASP.NET {@code <form>}: an element holding
     * most of the page's text is the page, whatever its tag.
     */
    private boolean wrapsPage(Element e) {
        Stats s = stats.get(e);
        Stats all = stats.get(body);
        return s != null && all != null && s.text > WRAPPER_SHARE * all.text;
    }

    /** The share of a page's text an element must hold to be taken as the page itself. */
    private static final double WRAPPER_SHARE = 0.5;

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
            result = result || unlikelySelf(a, trustClassWords);
            unlikely.put(a, result);
        }
        return result;
    }

    private boolean unlikelySelf(Element e, boolean trustClassWords) {
        if (BOILERPLATE_TAGS.contains(e.normalName())) return !wrapsPage(e);
        if (!trustClassWords) return false;
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
