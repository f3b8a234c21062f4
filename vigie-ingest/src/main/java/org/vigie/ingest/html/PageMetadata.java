package org.vigie.ingest.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a page says about itself: title, author, publication date, site name, canonical URL and
 * language, each from the most specific source available (Open Graph and Twitter cards, JSON-LD, the
 * usual meta tags, then the document's own elements). A field nobody states stays null.
 */
record PageMetadata(String title, String author, String published, String siteName, String canonicalUrl,
                    String language) {

    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:[|\\-–—·•»]|::|//)\\s+");
    private static final Pattern LANGUAGE = Pattern.compile("^([a-zA-Z]{2,3})(?:[-_].*)?$");

    private static final String[] DATE_META = {
            "article:published_time", "og:article:published_time", "article.published", "datepublished",
            "publishdate", "publish-date", "publish_date", "publication_date", "pubdate", "dc.date.issued",
            "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "date",
            "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime", "og:updated_time"};
    private static final String[] AUTHOR_META = {"author", "article:author", "dc.creator", "dcterms.creator",
            "parsely-author", "sailthru.author", "byl", "twitter:creator"};

    /**
     * With the page's visible lines and main-content decisions, a date written for readers near the
     * headline or at the start of the article ("Published: 23. Juli 2017") is found when no metadata gives one.
     */
    static PageMetadata of(Document page, String url, List<TextLine> lines, boolean[] main, String text) {
        JsonLd ld = JsonLd.of(page);
        String siteName = meta(page, "og:site_name").or(ld::publisher).or(() -> meta(page, "application-name")).orElse(null);
        List<String> metaTitles = new ArrayList<>();
        meta(page, "og:title").ifPresent(metaTitles::add);
        meta(page, "twitter:title").ifPresent(metaTitles::add);
        ld.headline().ifPresent(metaTitles::add);
        Optional.ofNullable(page.selectFirst("head > title, title")).flatMap(t -> clean(t.text())).ifPresent(metaTitles::add);
        Element heading = headline(page, metaTitles);
        String h1 = heading == null ? null : withoutKicker(heading, metaTitles);
        String title = meta(page, "og:title").map(t -> withoutSite(t, siteName, h1))
                .or(() -> meta(page, "twitter:title").map(t -> withoutSite(t, siteName, h1)))
                .or(ld::headline)
                .or(() -> Optional.ofNullable(page.selectFirst("head > title, title")).flatMap(t -> clean(t.text()))
                        .map(t -> withoutSite(t, siteName, h1)))
                .or(() -> Optional.ofNullable(h1))
                .map(t -> h1 != null && similar(h1, t) ? h1 : t)
                .orElse(null);
        String author = ld.author().or(() -> metaAuthor(page)).or(() -> elementText(page, "[itemprop=author] [itemprop=name], [itemprop=author], a[rel=author], [rel=author]"))
                .orElse(null);
        String canonicalUrl = link(page, "link[rel=canonical]").or(() -> meta(page, "og:url")).orElse(null);
        String published = SiteZones.local(date(page, ld, url), url != null ? url : canonicalUrl);
        if (published == null) published = textDate(lines, main, text, heading).orElse(null);
        String canonical = link(page, "link[rel=canonical]").or(() -> meta(page, "og:url")).orElse(null);
        String language = language(page, ld);
        return new PageMetadata(title, author, published, siteName, canonical, language);
    }

    /**
     * The page's visible headline: the first h1 that resembles a title the metadata gives (pages also use
     * h1 for logos and section names), else the first h1 with text that is not all link text.
     */
    private static Element headline(Document page, List<String> metaTitles) {
        Element fallback = null;
        Element best = null;
        double bestOverlap = 0;
        for (Element h : page.getElementsByTag("h1")) {
            String text = clean(h.text()).orElse(null);
            if (text == null) continue;
            boolean allLink = h.select("a").text().length() >= text.length();
            if (allLink) continue;
            for (String t : metaTitles) {
                double overlap = overlap(text, t);
                if (similar(text, t) && overlap > bestOverlap) {
                    bestOverlap = overlap;
                    best = h;
                }
            }
            if (fallback == null) fallback = h;
        }
        return best != null ? best : fallback;
    }

    /** Shared words over the larger word count: 1 when two titles have the same words. */
    private static double overlap(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        int common = 0;
        for (String w : x) if (y.contains(w)) common++;
        return (double) common / Math.max(1, Math.max(x.size(), y.size()));
    }

    /**
     * The headline without its kicker ("Nach Corona-Lockerungen" above "Autohäuser rechnen mit..."), when
     * the h1 starts with a child element holding the kicker and a metadata title holds the rest alone.
     */
    static String withoutKicker(Element h1, List<String> metaTitles) {
        String text = clean(h1.text()).orElse("");
        Element first = h1.children().first();
        if (first == null) return text;
        String kicker = clean(first.text()).orElse("");
        if (kicker.isEmpty() || kicker.length() * 2 > text.length() || !text.startsWith(kicker)) return text;
        String rest = text.substring(kicker.length()).replaceFirst("^[\\s:|\\-–—·•»]+", "").strip();
        if (rest.length() < 10) return text;
        for (String t : metaTitles) {
            if (contains(t, rest)) return rest;
        }
        return text;
    }

    /** Whether {@code outer} contains {@code inner}, ignoring case and whitespace differences. */
    static boolean contains(String outer, String inner) {
        return clean(outer).orElse("").toLowerCase(Locale.ROOT).contains(clean(inner).orElse("\u0000").toLowerCase(Locale.ROOT));
    }

    private static String date(Document page, JsonLd ld, String url) {
        List<Optional<String>> candidates = new ArrayList<>();
        candidates.add(ld.datePublished().flatMap(DateText::normalize));
        for (String name : DATE_META) {
            if (name.equals("og:updated_time")) continue;
            candidates.add(meta(page, name).flatMap(DateText::normalize));
        }
        for (Element e : page.select("[itemprop=datePublished]")) {
            String v = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
            candidates.add(DateText.normalize(v));
        }
        for (Element e : page.select("time[pubdate], time[datetime]")) {
            candidates.add(DateText.normalize(e.attr("datetime")));
        }
        candidates.add(DateText.fromUrl(url));
        candidates.add(link(page, "link[rel=canonical]").flatMap(DateText::fromUrl));
        for (Optional<String> c : candidates) {
            if (c.isPresent()) return c.get();
        }
        return null;
    }

    /** Lines before the first main line (from the headline on) and just after it are where bylines sit. */
    private static final int LINES_BEFORE_MAIN = 12;
    private static final int LINES_INTO_MAIN = 4;

    private static Optional<String> textDate(List<TextLine> lines, boolean[] main, String text, Element heading) {
        int firstMain = -1;
        for (int i = 0; i < main.length; i++) {
            if (main[i]) {
                firstMain = i;
                break;
            }
        }
        int headingLine = -1;
        if (heading != null) {
            for (int i = 0; i < lines.size() && headingLine < 0; i++) {
                Element b = lines.get(i).block();
                if (b != null && (b == heading || b.parents().contains(heading))) headingLine = i;
            }
        }
        if (firstMain < 0 && headingLine < 0) return Optional.empty();
        int from = headingLine >= 0 && (firstMain < 0 || headingLine < firstMain) ? headingLine
                : Math.max(0, firstMain - LINES_BEFORE_MAIN);
        int to = Math.min(lines.size(), (firstMain < 0 ? headingLine : firstMain) + LINES_INTO_MAIN + 1);
        for (int i = from; i < to; i++) {
            TextLine l = lines.get(i);
            if ((l.linkDensity() > 0.5 && l.length() > SHORT_LINE) || inOtherRegion(l.block(), false)) continue;
            Optional<String> d = TextDates.first(text.substring(l.span().start(), l.span().end()));
            if (d.isPresent()) return d;
        }
        // Further away from the headline, only a line that is little more than a date ("Datum: 19.11.2021"),
        // or a byline's, is the article's own date rather than one its text mentions.
        for (int i = 0; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            boolean dateLine = l.length() <= SHORT_LINE && i < main.length && main[i];
            if (!dateLine && !(l.length() <= 2 * SHORT_LINE && isByline(l.block()))) continue;
            if (inOtherRegion(l.block(), true)) continue;
            Optional<String> d = TextDates.first(text.substring(l.span().start(), l.span().end()));
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    /** A line no longer than this is a dateline when it holds a date. */
    private static final int SHORT_LINE = 40;

    private static boolean isByline(Element block) {
        for (Element e = block; e != null; e = e.parent()) {
            if (ClassPatterns.hintKinds(e).contains("byline") || e.normalName().equals("address")) return true;
        }
        return false;
    }

    /** Navigation, footers, captions, comments and related lists carry other articles' and readers' dates. */
    private static boolean inOtherRegion(Element block, boolean footerAllowed) {
        for (Element e = block; e != null; e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("nav") || tag.equals("figcaption") || tag.equals("aside")) return true;
            if (tag.equals("footer") && !footerAllowed) return true;
            for (String kind : ClassPatterns.hintKinds(e)) {
                if (kind.equals("comment") || kind.equals("related") || kind.equals("nav")) return true;
                if (kind.equals("footer") && !footerAllowed) return true;
            }
        }
        return false;
    }

    private static Optional<String> metaAuthor(Document page) {
        for (String name : AUTHOR_META) {
            Optional<String> v = meta(page, name).filter(a -> !a.startsWith("http") && !a.startsWith("@"));
            if (v.isPresent()) return v.map(a -> a.replaceFirst("(?i)^by\\s+", ""));
        }
        return Optional.empty();
    }

    private static String language(Document page, JsonLd ld) {
        Element html = page.selectFirst("html");
        List<String> candidates = new ArrayList<>();
        if (html != null) {
            candidates.add(html.attr("lang"));
            candidates.add(html.attr("xml:lang"));
        }
        Element equiv = page.selectFirst("meta[http-equiv~=(?i)content-language]");
        if (equiv != null) candidates.add(equiv.attr("content"));
        meta(page, "language").ifPresent(candidates::add);
        meta(page, "og:locale").ifPresent(candidates::add);
        ld.language().ifPresent(candidates::add);
        for (String c : candidates) {
            String first = c.split("[,;\\s]+")[0].strip();
            var m = LANGUAGE.matcher(first);
            if (m.matches()) return m.group(1).toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /** The value of a meta tag named by {@code property}, {@code name} or {@code itemprop}, case-insensitively. */
    static Optional<String> meta(Document page, String key) {
        for (Element m : page.getElementsByTag("meta")) {
            if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))
                    || key.equalsIgnoreCase(m.attr("itemprop"))) {
                Optional<String> v = clean(m.attr("content"));
                if (v.isPresent()) return v;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> link(Document page, String query) {
        Element l = page.selectFirst(query);
        if (l == null) return Optional.empty();
        String abs = l.absUrl("href");
        return clean(abs.isEmpty() ? l.attr("href") : abs);
    }

    private static Optional<String> elementText(Document page, String query) {
        Element e = page.selectFirst(query);
        return e == null ? Optional.empty() : clean(e.hasAttr("content") ? e.attr("content") : e.text())
                .filter(s -> s.length() < 120);
    }

    /**
     * Whether the page's h1 is a variant of the title found in metadata: metadata titles are often the
     * SEO version of the headline ("Topic: Headline", straight quotes), and the h1 is what readers see.
     */
    static boolean similar(String h1, String title) {
        Set<String> a = words(h1);
        Set<String> b = words(title);
        if (a.isEmpty() || b.isEmpty()) return false;
        int common = 0;
        for (String w : a) if (b.contains(w)) common++;
        return common >= 0.6 * Math.min(a.size(), b.size()) && h1.length() >= 10 && h1.length() <= 250;
    }

    private static Set<String> words(String s) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    /** "La Stampa" and "lastampa.it" name the same site: compared on letters and digits, without the domain ending. */
    static boolean sameSite(String part, String siteName) {
        String a = siteKey(part);
        String b = siteKey(siteName);
        return a.length() >= 3 && a.equals(b);
    }

    private static String siteKey(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replaceFirst("^(https?://)?(www\\.)?", "")
                .replaceFirst("\\.[a-z]{2,6}$", "");
        return lower.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    static Optional<String> clean(String s) {
        if (s == null) return Optional.empty();
        String c = s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        return c.isEmpty() ? Optional.empty() : Optional.of(c);
    }

    /**
     * Removes the site name a title usually carries ("Headline | Site", "Site - Headline"): the part
     * equal to the site name or the h1 decides; failing that, the longest part is the headline.
     */
    static String withoutSite(String title, String siteName, String h1) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) return title;
        if (h1 != null) {
            for (String p : parts) {
                if (p.strip().equalsIgnoreCase(h1)) return p.strip();
            }
            if (title.toLowerCase(Locale.ROOT).startsWith(h1.toLowerCase(Locale.ROOT)) && h1.length() > 10) return h1;
        }
        if (siteName != null) {
            String s = siteName.toLowerCase(Locale.ROOT);
            String first = parts[0].strip();
            String last = parts[parts.length - 1].strip();
            if (last.toLowerCase(Locale.ROOT).equals(s) || s.contains(last.toLowerCase(Locale.ROOT)) || sameSite(last, siteName)) {
                return title.substring(0, title.lastIndexOf(last)).replaceFirst("\\s+(?:[|\\-–—·•»]|::|//)\\s*$", "").strip();
            }
            if (first.toLowerCase(Locale.ROOT).equals(s) || s.contains(first.toLowerCase(Locale.ROOT)) || sameSite(first, siteName)) {
                return title.substring(title.indexOf(first) + first.length()).replaceFirst("^\\s*(?:[|\\-–—·•»]|::|//)\\s+", "").strip();
            }
            return title;
        }
        String longest = parts[0];
        for (String p : parts) {
            if (p.length() > longest.length()) longest = p;
        }
        return longest.strip().length() >= 15 ? longest.strip() : title;
    }
}
