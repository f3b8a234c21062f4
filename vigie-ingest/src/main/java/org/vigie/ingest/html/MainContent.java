package org.vigie.ingest.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 *
 * <p>Rules that cut text are held back where they would cut prose: look-alike siblings of the root (a body
 * split into rows of one template) and standfirsts in an article's header are kept, and so are linked
 * entries of mostly plain lists, unlinked list steps and closing sentences after the last paragraph,
 * headings as long as a paragraph, runs of five or more unlinked short lines (a list written as
 * paragraphs), linked table cells beside plain ones, written-out web addresses, and an element classed
 * "comment" that holds most of the root's text (an opinion piece). Paragraphs of running text outside the
 * root but between the headline and the root's end are added back (a body split across containers). Each
 * rule belongs to an {@link ExtractionRule} family, which a trace names ({@link MainTextTrace}) and an
 * ablation can switch off.
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

    /** Rule families switched off, to measure what each is worth; empty in normal use. */
    private final Set<ExtractionRule> off;
    /** For each line dropped, the rule that dropped it first. */
    private ExtractionRule[] why;

    private MainContent(Element body, List<TextLine> lines, String text, boolean trustClassWords, Set<ExtractionRule> off) {
        this.trustClassWords = trustClassWords && !off.contains(ExtractionRule.UNLIKELY_CLASS);
        EnumSet<ExtractionRule> switchedOff = EnumSet.noneOf(ExtractionRule.class);
        switchedOff.addAll(off);
        switchedOff.removeAll(EnumSet.of(ExtractionRule.OUTSIDE_CONTENT_ROOT, ExtractionRule.STRUCTURE));
        this.off = switchedOff;
        this.body = body;
        this.lines = lines;
        this.text = text;
    }

    /** For each line of {@code text}, whether it belongs to the main content. */
    static boolean[] decide(Element body, List<TextLine> lines, String text) {
        return decide(body, lines, text, EnumSet.noneOf(ExtractionRule.class)).main();
    }

    /** Per line, whether it is main content and, if not, the rule that dropped it. */
    record Decision(boolean[] main, ExtractionRule[] why) {
    }

    /** The decision with the given rule families switched off. */
    static Decision decide(Element body, List<TextLine> lines, String text, Set<ExtractionRule> off) {
        Decision strict = new MainContent(body, lines, text, true, off).decide();
        int strictChars = mainChars(strict.main(), lines);
        if (strictChars >= SHORT_RESULT || off.contains(ExtractionRule.CLASS_FREE_RETRY)) return strict;
        // Class words mislead on some sites ("above-footer", "banners-contenido" around the article): when
        // trusting them leaves little text, as Readability does, try again without them and keep the
        // second answer if it finds much more.
        Decision relaxed = new MainContent(body, lines, text, false, off).decide();
        return mainChars(relaxed.main(), lines) >= RETRY_FACTOR * strictChars + RETRY_GAIN ? relaxed : strict;
    }

    /** Drops line {@code i} by {@code rule}, unless that family is switched off; the first reason is kept. */
    private void drop(boolean[] main, int i, ExtractionRule rule) {
        if (off.contains(rule)) return;
        if (main[i]) why[i] = rule;
        main[i] = false;
    }

    /**
     * Below this many characters of main text, the extraction is tried again without class words. The
     * second try helped held-out pages four times more than development pages (ablation, third round),
     * so it is tried on more pages than at first (1000 characters, twice the text).
     */
    private static final int SHORT_RESULT = 2000;
    /** How many times the first try's text, plus {@link #RETRY_GAIN} characters, the second must find. */
    private static final double RETRY_FACTOR = 1.5;
    private static final int RETRY_GAIN = 200;

    private static int mainChars(boolean[] main, List<TextLine> lines) {
        int n = 0;
        for (int i = 0; i < main.length; i++) if (main[i]) n += lines.get(i).length();
        return n;
    }

    private Decision decide() {
        boolean[] main = new boolean[lines.size()];
        why = new ExtractionRule[lines.size()];
        if (lines.isEmpty()) return new Decision(main, why);
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
            Element root = descend(totalGood);
            content = off.contains(ExtractionRule.LEAD_PARAGRAPHS) ? List.of(root) : withLeadParagraphs(root);
        } else {
            // No running text anywhere: fall back to the best-scored element and its look-alike siblings.
            Element top = topCandidate();
            content = top == null ? List.of(body) : withSiblings(top);
        }
        for (int i = 0; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            Element root = contentRoot(l.block(), content);
            if (root == null) {
                why[i] = ExtractionRule.OUTSIDE_CONTENT_ROOT;
                continue;
            }
            main[i] = true;
            ExtractionRule boiler = insideBoilerplate(l.block(), root);
            if (boiler != null) drop(main, i, boiler);
            if (linkHeavy(l) && !linkedEntry(l) && !citesAddress(l)) drop(main, i, ExtractionRule.LINK_HEAVY_LINE);
            if (insideFigure(l.block(), root)) drop(main, i, ExtractionRule.FIGURE);
        }
        if (totalGood > 0 && on(ExtractionRule.STRAY_PARAGRAPHS)) addStrayParagraphs(main);
        dropTeaserSections(main);
        dropRelatedSections(main);
        dropOrphanHeadings(main);
        // After the headings, so that a heading whose section ends in a notice keeps its body.
        dropNotices(main);
        dropIntroductionsToLinks(main);
        dropShortTail(main);
        return new Decision(main, why);
    }

    /**
     * Bodies split across containers whose common ancestor also holds navigation leave paragraphs outside
     * the content root: a paragraph of running text or a heading as long as one (long, hardly linked, in no
     * unlikely or boilerplate region, where a header's class words do not count since a standfirst sits in
     * the article's header; no caption) that lies between the headline and the root's last main line in
     * reading order belongs to the article. The headline is the last {@code h1} up to the root's first main line, so that a
     * root holding its own headline takes nothing from the site's header above it.
     */
    private void addStrayParagraphs(boolean[] main) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < main.length; i++) {
            if (!main[i]) continue;
            if (first < 0) first = i;
            last = i;
        }
        if (first < 0) return;
        int start = first;
        for (int i = first; i >= 0; i--) {
            if (isHeadline(lines.get(i))) {
                start = i;
                break;
            }
        }
        for (int i = start + 1; i < last; i++) {
            TextLine l = lines.get(i);
            if (why[i] != ExtractionRule.OUTSIDE_CONTENT_ROOT || !isStray(l)) continue;
            main[i] = true;
            why[i] = null;
        }
    }

    private boolean isStray(TextLine l) {
        if (l.block() == null || l.length() < STRAY_LINE || l.linkDensity() > STRAY_LINKS) return false;
        if ((HEADINGS.contains(l.block().normalName()) && !isProseHeading(l)) || unlikelyBelow(l.block(), body, true)) return false;
        return insideBoilerplate(l.block(), body) == null && !insideFigure(l.block(), body);
    }

    /** The page's headline: a line in an {@code h1}. */
    private static boolean isHeadline(TextLine l) {
        for (Element e = l.block(); e != null; e = e.parent()) {
            if (e.normalName().equals("h1")) return true;
            if (e.normalName().equals("body")) return false;
        }
        return false;
    }

    /** How long and how little linked a paragraph outside the root must be to be taken as stray body text. */
    private static final int STRAY_LINE = 60;
    private static final double STRAY_LINKS = 0.2;

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
                for (int j = i; j < end; j++) drop(main, j, ExtractionRule.TEASER_SECTION);
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
            if (!main[i] || off.contains(ExtractionRule.RELATED_HEADING)
                    || !LinePhrases.introducesRelated(text.subSequence(line.span().start(), line.span().end()))) continue;
            drop(main, i, ExtractionRule.RELATED_HEADING);
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
                drop(main, j, ExtractionRule.RELATED_HEADING);
            }
        }
    }

    /** Copyright, advertising and subscription notices and picture credits written as paragraphs are not main text. */
    private void dropNotices(boolean[] main) {
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (!main[i]) continue;
            CharSequence s = text.subSequence(line.span().start(), line.span().end());
            if (LinePhrases.isNotice(s)) drop(main, i, ExtractionRule.NOTICE_PHRASE);
            else if (LinePhrases.isCredit(s)) drop(main, i, ExtractionRule.CREDIT_PHRASE);
        }
    }

    /**
     * A heading as long as a paragraph and without links is prose set in a heading's style (a standfirst,
     * a pull quote), which introduces nothing and needs no section under it.
     */
    private static boolean isProseHeading(TextLine l) {
        return l.length() >= PROSE_HEADING && l.linkChars() == 0;
    }

    private static final int PROSE_HEADING = 100;

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
            if (!hasBody && !isProseHeading(lines.get(i))) drop(main, i, ExtractionRule.ORPHAN_HEADING);
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
            if (last != '.' && last != '!' && last != '?' && last != '"' && last != '\u201D' && last != '\u00BB') {
                drop(main, i, ExtractionRule.LINK_INTRODUCTION);
            }
        }
    }

    /** List items and cells are entries (ingredients, table rows), not introductions. */
    private static final Set<String> ITEM_TAGS = Set.of("li", "td", "th", "dd", "dt");

    /** Lines no longer than this can introduce a list of links. */
    private static final int INTRO_LINE = 40;

    /** Short lines after the last paragraph of running text are bylines, credits and calls to action. */
    /**
     * A short paragraph that is a sentence of several words without links ("I hope you like it.") closes
     * the article; bylines, credits and calls to action are seldom written so.
     */
    private boolean isSentence(TextLine l) {
        if (l.linkChars() > 0 || l.block() == null || !l.block().normalName().equals("p")) return false;
        char last = text.charAt(l.span().end() - 1);
        if (last != '.' && last != '!' && last != '?') return false;
        int words = 1;
        for (int i = l.span().start(); i < l.span().end(); i++) if (text.charAt(i) == ' ') words++;
        return words >= SENTENCE_WORDS && Character.isUpperCase(text.charAt(l.span().start()));
    }

    private static final int SENTENCE_WORDS = 4;

    private void dropShortTail(boolean[] main) {
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            if (main[i] && l.length() >= 80 && l.linkDensity() <= 0.3) last = i;
        }
        if (last < 0) return;
        boolean[] inRun = plainRuns(main, last + 1);
        for (int i = last + 1; i < lines.size(); i++) {
            if (main[i] && lines.get(i).length() < TAIL_LINE && !plainEntry(lines.get(i)) && !isSentence(lines.get(i))
                    && !inRun[i]) {
                drop(main, i, ExtractionRule.SHORT_TAIL);
            }
        }
    }

    /**
     * Lines from {@code from} on that belong to a run of at least {@value #TAIL_RUN} unlinked main lines of one
     * parent: a list written as paragraphs (a ranking, an address block), not the few lines of bylines and
     * calls to action that close a page.
     */
    private boolean[] plainRuns(boolean[] main, int from) {
        boolean[] inRun = new boolean[lines.size()];
        int i = from;
        while (i < lines.size()) {
            int j = i;
            Element parent = runParent(lines.get(i));
            while (j < lines.size() && main[j] && lines.get(j).linkChars() == 0 && parent != null
                    && runParent(lines.get(j)) == parent) j++;
            if (j - i >= TAIL_RUN) for (int k = i; k < j; k++) inRun[k] = true;
            i = Math.max(j, i + 1);
        }
        return inRun;
    }

    private static Element runParent(TextLine l) {
        return l.block() == null ? null : l.block().parent();
    }

    private static final int TAIL_RUN = 5;


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
                Stats s = stats.get(sibling);
                if (s == null || s.text == 0) continue;
                if (isUnlikely(sibling)) {
                    // An article's header ("entry__header") is unlikely as the root, not as a standfirst.
                    if (before && on(ExtractionRule.SPLIT_BODY) && s.text <= LEAD_MAX_CHARS && !unlikelyBelow(sibling, inner.parent(), true)) {
                        addStandfirst(sibling, content, STANDFIRST_CHARS);
                    }
                    continue;
                }
                if (on(ExtractionRule.SPLIT_BODY) && sameKind(sibling, inner) && s.good > 0
                        && s.good >= SPLIT_GOOD_SHARE * s.text) {
                    // The body split into look-alike blocks (rows, sections of one template): the root
                    // holds most of it, its siblings of the same tag and class the rest. A look-alike
                    // block holding the headline is the article's header: its standfirst only.
                    if (sibling.selectFirst("h1") == null) content.add(sibling);
                    else addStandfirst(sibling, content, 40);
                } else if (sibling.normalName().equals("p")) {
                    if (s.text >= 80 && s.good >= 0.9 * s.text) content.add(sibling);
                } else if (before && STANDFIRST_HEADINGS.contains(sibling.normalName())) {
                    // A standfirst set as a sub-heading just before the body: a sentence, not a title.
                    if (s.text >= STANDFIRST_CHARS && s.links == 0) content.add(sibling);
                } else if (before && s.text <= LEAD_MAX_CHARS && (s.good > 0 || on(ExtractionRule.SPLIT_BODY))) {
                    addStandfirst(sibling, content, 40);
                }
            }
            inner = inner.parent();
        }
        return content;
    }

    /**
     * A standfirst block before the body (div.teaser-text, header > p.lead) keeps its running-text lines and
     * its sentence-long sub-headings, when they make most of its text apart from the headline. In an
     * article header, whose dates and bylines also read as text, only lines of {@code minLine} characters.
     */
    private void addStandfirst(Element block, List<Element> content, int minLine) {
        List<Element> lead = new ArrayList<>();
        int leadChars = 0;
        int other = 0;
        for (TextLine l : lines) {
            if (l.block() == null || !isInside(l.block(), block)) continue;
            boolean standfirst = l.length() >= minLine && isLeadLine(l, block);
            if (standfirst && insideBoilerplate(l.block(), block) == null && !insideFigure(l.block(), block)) {
                lead.add(l.block());
                leadChars += l.length();
            } else if (!on(ExtractionRule.SPLIT_BODY) || !(l.block().normalName().equals("h1") || insideFigure(l.block(), block))) {
                // The headline and captions are dropped on their own; they do not make a block less of a lead.
                other += l.length();
            }
        }
        if (leadChars > 0 && leadChars >= LEAD_GOOD_SHARE * (leadChars + other)) content.addAll(lead);
    }

    /** Running text, or a sentence-long sub-heading, that no element below the block marks as unlikely. */
    private boolean isLeadLine(TextLine l, Element block) {
        if (!on(ExtractionRule.SPLIT_BODY)) return isGood(l);
        if (l.length() < 40 || l.linkDensity() > 0.3) return false;
        String tag = l.block().normalName();
        if (HEADINGS.contains(tag) && (!STANDFIRST_HEADINGS.contains(tag) || l.length() < STANDFIRST_CHARS || l.linkChars() > 0)) {
            return false;
        }
        return !unlikelyBelow(l.block(), block, false);
    }

    /**
     * Whether an element from {@code e} up to {@code stop} (excluded) is unlikely by its tag or class words;
     * with {@code headerWordsOk}, the words naming a header do not count.
     */
    private boolean unlikelyBelow(Element e, Element stop, boolean headerWordsOk) {
        for (Element a = e; a != null && a != stop; a = a.parent()) {
            if (BOILERPLATE_TAGS.contains(a.normalName())) return true;
            if (!trustClassWords) continue;
            String ci = ClassPatterns.classAndId(a);
            if (headerWordsOk) ci = ci.replace("header", "");
            if (!ci.isEmpty() && ClassPatterns.UNLIKELY.matcher(ci).find() && !ClassPatterns.MAYBE.matcher(ci).find()
                    && !a.normalName().equals("a")) return true;
        }
        return false;
    }

    /** Same tag and same class attribute: blocks of one template. */
    private static boolean sameKind(Element a, Element b) {
        return a.normalName().equals(b.normalName()) && a.className().equals(b.className());
    }

    /** How much of a look-alike sibling of the root must be running text for it to continue the body. */
    private static final double SPLIT_GOOD_SHARE = 0.5;

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

    /** Per element, the rule that makes it boilerplate, or {@link #NONE}. */
    private final Map<Element, Optional<ExtractionRule>> boilerplate = new IdentityHashMap<>();
    private static final Optional<ExtractionRule> NONE = Optional.empty();

    /** The rule by which the block or an ancestor below the root is boilerplate, or null. */
    private ExtractionRule insideBoilerplate(Element block, Element root) {
        for (Element e = block; e != null && e != root; e = e.parent()) {
            Optional<ExtractionRule> r = boilerplate.computeIfAbsent(e, this::boilerplateRule);
            if (r.isPresent() && !(r.get() == ExtractionRule.COMMENT_CLASS && holdsMostOf(e, root))) return r.get();
        }
        return null;
    }

    /**
     * Whether the element holds most of the root's running text: then a "comment" class names an opinion
     * piece ("Kommentar", "commentary"), not the readers' thread under an article.
     */
    private boolean holdsMostOf(Element e, Element root) {
        Stats s = stats.get(e);
        Stats r = stats.get(root);
        return s != null && r != null && r.dense > 0 && s.dense >= OPINION_SHARE * r.dense;
    }

    private static final double OPINION_SHARE = 0.5;

    private Optional<ExtractionRule> boilerplateRule(Element e) {
        ExtractionRule r = boilerplateElement(e);
        return r == null || off.contains(r) ? NONE : Optional.of(r);
    }

    /**
     * Structural navigation, forms and footers are always boilerplate; comment threads too, and related
     * links unless the same class also names content ("entry-content-read-more"). Other
     * class/id hints (share, related, ad...) and asides are trusted only when the element holds little
     * running text, since class names like "section--ads" or anchor ids like "nav_chapter" also occur
     * on real article sections.
     */
    private ExtractionRule boilerplateElement(Element e) {
        String tag = e.normalName();
        if (STRUCTURAL_TAGS.contains(tag)) return wrapsPage(e) ? null : ExtractionRule.STRUCTURE;
        String role = e.attr("role").toLowerCase(java.util.Locale.ROOT);
        if (!role.isEmpty() && STRUCTURAL_ROLES.contains(role)) return ExtractionRule.STRUCTURE;
        boolean weak = tag.equals("aside") || role.equals("complementary");
        if (!HEADINGS.contains(tag) && !tag.equals("p")) {
            for (String kind : ClassPatterns.hintKinds(e)) {
                if (kind.equals("comment") && on(ExtractionRule.COMMENT_CLASS)) return ExtractionRule.COMMENT_CLASS;
                if ((kind.equals("related") || kind.equals("newsletter") || kind.equals("share") || kind.equals("authorbox"))
                        && on(ExtractionRule.LINK_BOX_CLASS) && !namesContent(e)) return ExtractionRule.LINK_BOX_CLASS;
                if (kind.equals("figcaption") && on(ExtractionRule.CAPTION_CLASS) && isSmall(e)) return ExtractionRule.CAPTION_CLASS;
                if (BOILERPLATE_HINTS.contains(kind)) weak = true;
            }
        }
        if (!weak) return null;
        Stats s = stats.get(e);
        return s == null || s.text == 0 || s.dense < 0.5 * s.text ? ExtractionRule.WEAK_CLASS_HINT : null;
    }

    private boolean on(ExtractionRule rule) {
        return !off.contains(rule);
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

    /**
     * An entry of a list or table that is mostly plain text (an ingredient or a product linked among
     * unlinked ones) is content even when the entry itself is a link; link lists stay link-heavy as wholes.
     */
    private boolean linkedEntry(TextLine l) {
        Element list = enclosingList(l);
        return list != null && (linkDensity(list) <= ENTRY_LIST_LINKS || inDataRow(l));
    }

    /**
     * A line holding a web address written out (a source the text cites, "[1] http://...") shows the
     * address as text to read; navigation names its targets instead.
     */
    private boolean citesAddress(TextLine l) {
        String line = text.substring(l.span().start(), l.span().end());
        int at = line.indexOf("http://");
        if (at < 0) at = line.indexOf("https://");
        return at >= 0 && at <= ADDRESS_PREFIX && line.length() - at >= ADDRESS_CHARS;
    }

    /** At most this many characters ("[1] ", "Quelle: ") before the address, and its least length. */
    private static final int ADDRESS_PREFIX = 8;
    private static final int ADDRESS_CHARS = 20;

    /**
     * A linked cell of a table row whose other cells hold plain text (a product and its price, an
     * ingredient and its amount) is a datum, not navigation, however many rows link their first cell.
     */
    private boolean inDataRow(TextLine l) {
        if (!l.block().normalName().equals("td") && !l.block().normalName().equals("th")) return false;
        Element row = l.block().parent();
        if (row == null || !row.normalName().equals("tr")) return false;
        for (Element cell : row.children()) {
            if (cell == l.block()) continue;
            Stats s = stats.get(cell);
            if (s != null && s.text > 0 && s.links == 0) return true;
        }
        return false;
    }

    /**
     * An unlinked entry of a list of several unlinked entries (steps, items of a ranking) is content, not
     * the short tail of bylines and calls to action that follows an article.
     */
    private boolean plainEntry(TextLine l) {
        if (l.linkChars() > 0) return false;
        Element list = enclosingList(l);
        if (list == null) return false;
        Stats s = stats.get(list);
        return s != null && s.links == 0 && list.childrenSize() >= TAIL_LIST_ENTRIES;
    }

    /** The list, definition list or table whose entry the line is, or null. */
    private static Element enclosingList(TextLine l) {
        if (l.block() == null || !ITEM_TAGS.contains(l.block().normalName())) return null;
        for (Element e = l.block().parent(); e != null; e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("ul") || tag.equals("ol") || tag.equals("dl")) return e;
            if (tag.equals("table")) return e;
            if (tag.equals("body")) return null;
        }
        return null;
    }

    /** The most link text a list may hold for a linked entry to stay content. */
    private static final double ENTRY_LIST_LINKS = 0.3;
    /** How many entries a list must have for its short entries to survive the tail rule. */
    private static final int TAIL_LIST_ENTRIES = 3;

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
