package org.vigie.ingest.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The class/id word lists of {@code class-patterns.tsv} and {@code class-weights.tsv}, loaded once. */
final class ClassPatterns {
    /** Hint kind to pattern, in file order. */
    static final Map<String, Pattern> HINTS = load("class-patterns.tsv");
    private static final Map<String, Pattern> WEIGHTS = load("class-weights.tsv");
    static final Pattern POSITIVE = required(WEIGHTS, "positive");
    static final Pattern NEGATIVE = required(WEIGHTS, "negative");
    static final Pattern UNLIKELY = required(WEIGHTS, "unlikely");
    static final Pattern MAYBE = required(WEIGHTS, "maybe");

    private ClassPatterns() {
    }

    /** The lower-cased class and id of an element, what the patterns are matched against. */
    static String classAndId(Element e) {
        String c = e.className();
        String id = e.id();
        if (c.isEmpty() && id.isEmpty()) return "";
        return (c + " " + id).toLowerCase(Locale.ROOT);
    }

    /**
     * Class strings repeat within and across pages ("menu-item", "entry-content"), and matching a dozen
     * alternations is the costliest step of extraction, so results are kept per string. The cache is
     * emptied when it grows past {@link #CACHE_LIMIT} entries, which bounds its memory.
     */
    private static final int CACHE_LIMIT = 50_000;
    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

    /** The hint kinds whose words appear in the element's class or id. */
    static List<String> hintKinds(Element e) {
        String s = classAndId(e);
        if (s.isEmpty()) return List.of();
        List<String> known = CACHE.get(s);
        if (known != null) return known;
        List<String> out = new ArrayList<>(2);
        for (Map.Entry<String, Pattern> p : HINTS.entrySet()) {
            if (p.getValue().matcher(s).find()) out.add(p.getKey());
        }
        if (CACHE.size() > CACHE_LIMIT) CACHE.clear();
        List<String> result = List.copyOf(out);
        CACHE.put(s, result);
        return result;
    }

    private static Pattern required(Map<String, Pattern> map, String key) {
        Pattern p = map.get(key);
        if (p == null) throw new IllegalStateException("class-weights.tsv has no '" + key + "' line");
        return p;
    }

    private static Map<String, Pattern> load(String name) {
        Map<String, Pattern> out = new LinkedHashMap<>();
        for (String[] row : TabbedResource.rows(name)) out.put(row[0], Pattern.compile(row[1]));
        return out;
    }
}
