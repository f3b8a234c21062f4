package org.vigie.ingest.html;

import org.jsoup.nodes.Element;
import org.vigie.core.model.MarkupHint;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns each line's markup context into {@link MarkupHint}s: the block tag it came from ({@code h2},
 * {@code p}, {@code li}...), the sections around it ({@code nav}, {@code header}, {@code footer},
 * {@code aside}, {@code figure}, {@code blockquote}, {@code form}, {@code table}), what class and id
 * words suggest ({@code comment}, {@code share}, {@code related}, {@code byline}...), {@code a-dense} when
 * most of the line is link text, and the main-content decision: {@code main} or {@code boilerplate}.
 */
public final class LineHints {
    public static final String MAIN = "main";
    public static final String BOILERPLATE = "boilerplate";
    public static final String LINK_DENSE = "a-dense";

    private static final Set<String> OWN_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "dt", "dd",
            "pre", "blockquote", "figcaption", "caption", "td", "th", "legend", "summary", "address");
    private static final Map<String, String> SECTION_TAGS = Map.ofEntries(
            Map.entry("nav", "nav"), Map.entry("menu", "nav"), Map.entry("header", "header"),
            Map.entry("footer", "footer"), Map.entry("aside", "aside"), Map.entry("figure", "figure"),
            Map.entry("figcaption", "figcaption"), Map.entry("blockquote", "blockquote"), Map.entry("form", "form"),
            Map.entry("button", "form"), Map.entry("label", "form"), Map.entry("fieldset", "form"),
            Map.entry("table", "table"), Map.entry("li", "li"), Map.entry("address", "byline"),
            Map.entry("dialog", "dialog"), Map.entry("article", "article"));
    private static final Map<String, String> ROLES = Map.of("navigation", "nav", "menu", "nav", "menubar", "nav",
            "banner", "header", "contentinfo", "footer", "complementary", "aside", "search", "form",
            "dialog", "dialog", "alertdialog", "dialog");

    private LineHints() {
    }

    static List<MarkupHint> of(List<TextLine> lines, boolean[] main) {
        Map<Element, List<String>> memo = new IdentityHashMap<>();
        List<MarkupHint> hints = new ArrayList<>(lines.size() * 3);
        for (int i = 0; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            Set<String> kinds = new LinkedHashSet<>();
            if (l.block() != null) {
                String own = l.block().normalName();
                if (OWN_TAGS.contains(own)) kinds.add(own);
                for (Element e = l.block(); e != null; e = e.parent()) {
                    kinds.addAll(memo.computeIfAbsent(e, LineHints::elementKinds));
                }
            }
            if (l.linkDensity() > 0.5) kinds.add(LINK_DENSE);
            kinds.add(main[i] ? MAIN : BOILERPLATE);
            for (String k : kinds) hints.add(new MarkupHint(l.span(), k));
        }
        return hints;
    }

    private static List<String> elementKinds(Element e) {
        List<String> out = new ArrayList<>(2);
        String section = SECTION_TAGS.get(e.normalName());
        if (section != null) out.add(section);
        String role = e.attr("role");
        if (!role.isEmpty()) {
            String r = ROLES.get(role.toLowerCase(Locale.ROOT));
            if (r != null) out.add(r);
        }
        if ("author".equalsIgnoreCase(e.attr("itemprop")) || "author".equalsIgnoreCase(e.attr("rel"))) out.add("byline");
        for (String kind : ClassPatterns.hintKinds(e)) {
            // An author's box is a byline region to the readers of hints; the finer kind only serves extraction.
            String k = kind.equals("authorbox") ? "byline" : kind;
            if (!out.contains(k)) out.add(k);
        }
        return out;
    }
}
