package org.vigie.ingest.fetch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt (RFC 9309) for one crawler: the groups naming the crawler's product token, or
 * else the {@code *} groups, merged; the longest matching Allow/Disallow pattern decides, Allow winning a tie;
 * {@code *} matches any characters and a final {@code $} anchors the end. {@code Crawl-delay}, not in the RFC but
 * widely used, is kept. Lines that make no sense are ignored, as the RFC asks.
 */
public final class RobotsRules {
    /** Only the first 500 KiB of a robots.txt are read, the minimum the RFC requires parsers to handle. */
    public static final int MAX_BYTES = 500 * 1024;
    public static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), null);
    public static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule("/", false)), null);

    private record Rule(String pattern, boolean allow) {
    }

    private final List<Rule> rules;
    private final Duration crawlDelay;

    private RobotsRules(List<Rule> rules, Duration crawlDelay) {
        this.rules = List.copyOf(rules);
        this.crawlDelay = crawlDelay;
    }

    /** Parses {@code text} for the crawler whose product token is {@code agent} (e.g. {@code Vigie}). */
    public static RobotsRules parse(String text, String agent) {
        String token = agent.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>(), star = new ArrayList<>();
        Duration myDelay = null, starDelay = null;
        boolean foundMine = false;
        boolean inAgents = false; // consecutive user-agent lines start one group
        boolean groupMine = false, groupStar = false;
        String body = text.length() > MAX_BYTES ? text.substring(0, MAX_BYTES) : text;
        for (String raw : body.split("\r\n|\r|\n")) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            int colon = line.indexOf(':');
            if (colon <= 0) continue;
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "user-agent" -> {
                    if (!inAgents) {
                        groupMine = false;
                        groupStar = false;
                    }
                    inAgents = true;
                    String ua = value.toLowerCase(Locale.ROOT);
                    if (ua.equals("*")) {
                        groupStar = true;
                    } else if (names(ua, token)) {
                        groupMine = true;
                        foundMine = true;
                    }
                }
                case "allow", "disallow" -> {
                    inAgents = false;
                    boolean allow = key.equals("allow");
                    // An empty Disallow allows everything: it adds no rule.
                    if (value.isEmpty()) continue;
                    Rule r = new Rule(value, allow);
                    if (groupMine) mine.add(r);
                    if (groupStar) star.add(r);
                }
                case "crawl-delay" -> {
                    inAgents = false;
                    Duration d = delay(value);
                    if (d != null && groupMine) myDelay = d;
                    if (d != null && groupStar) starDelay = d;
                }
                default -> inAgents = false;
            }
        }
        return foundMine ? new RobotsRules(mine, myDelay) : new RobotsRules(star, starDelay);
    }

    /** A user-agent line names the crawler when it is its product token, possibly followed by a version. */
    private static boolean names(String ua, String token) {
        return ua.equals(token) || (ua.startsWith(token) && !Character.isLetterOrDigit(ua.charAt(token.length())));
    }

    private static Duration delay(String value) {
        try {
            double seconds = Double.parseDouble(value);
            if (!(seconds >= 0) || seconds > 86_400) return null;
            return Duration.ofMillis(Math.round(seconds * 1000));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether the crawler may fetch this path with its query ({@code /news?id=3}); robots.txt itself always. */
    public boolean allows(String pathAndQuery) {
        String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        if (path.equals("/robots.txt")) return true;
        Rule best = null;
        for (Rule r : rules) {
            if (!matches(r.pattern, path)) continue;
            if (best == null || r.pattern.length() > best.pattern.length()
                    || (r.pattern.length() == best.pattern.length() && r.allow && !best.allow)) {
                best = r;
            }
        }
        return best == null || best.allow;
    }

    /** The Crawl-delay the site asked of this crawler, if any. */
    public Duration crawlDelay() {
        return crawlDelay;
    }

    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        return match(p, 0, path, 0, anchored);
    }

    /** Glob matching with {@code *}; iterative over the star positions so long patterns stay linear-ish. */
    private static boolean match(String p, int pi, String s, int si, boolean anchored) {
        int starP = -1, starS = -1;
        while (true) {
            if (pi == p.length()) {
                if (!anchored || si == s.length()) return true;
            } else if (p.charAt(pi) == '*') {
                starP = pi++;
                starS = si;
                continue;
            } else if (si < s.length() && p.charAt(pi) == s.charAt(si)) {
                pi++;
                si++;
                continue;
            }
            if (starP < 0 || starS >= s.length()) return false;
            pi = starP + 1;
            si = ++starS;
        }
    }
}
