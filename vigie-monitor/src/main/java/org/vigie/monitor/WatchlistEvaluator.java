package org.vigie.monitor;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityRef;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Event;
import org.vigie.core.model.Quantity;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Span;
import org.vigie.core.model.Title;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Decides which alerts a new document raises for one watchlist. Item rules (document, event, quote, figure)
 * raise at most one alert per story and matched thing, so a wire story republished twenty times alerts once;
 * story rules look at the story's independent sources as recorded in the monitor database.
 */
final class WatchlistEvaluator {
    private static final int MAX_EVIDENCE = 10;
    private static final int MAX_QUOTE = 300;
    static final int BASELINE_WINDOWS = 24;

    private final MonitorDb db;
    private final Map<String, List<Pattern>> keywordPatterns = new ConcurrentHashMap<>();

    WatchlistEvaluator(MonitorDb db) {
        this.db = db;
    }

    List<Draft> evaluate(Watchlist wl, Observation o) {
        Document doc = o.ingested().document();
        if (!wl.enabled() || !passes(wl, o)) return List.of();
        String story = o.ingested().storyId();
        String scope = story != null ? story : doc.id();
        Rule rule = wl.rule();
        List<Draft> out = new ArrayList<>();
        if (rule instanceof Rule.AnyDocument) {
            out.add(new Draft(wl.id() + "|document|" + scope, rule.type(), title(doc), story, List.of(whole(doc, o))));
        } else if (rule instanceof Rule.EventMatch r) {
            for (Event e : doc.layerOrEmpty(LayerKind.EVENTS)) {
                if (!matches(r, e)) continue;
                String sig = e.type() + "|" + id(e.actor1()) + "|" + id(e.actor2()) + "|" + id(e.location());
                out.add(new Draft(wl.id() + "|event|" + scope + "|" + sig, rule.type(), describe(e) + " — " + title(doc), story,
                        List.of(span(doc, o, e.evidence()))));
            }
        } else if (rule instanceof Rule.QuoteMatch r) {
            for (Quote q : doc.layerOrEmpty(LayerKind.QUOTES)) {
                if (q.speaker() == null || (r.directOnly() && !q.direct())) continue;
                if (!r.speakers().isEmpty() && !r.speakers().contains(q.speaker().entity())) continue;
                String text = doc.text(q.span());
                String key = normalise(text);
                out.add(new Draft(wl.id() + "|quote|" + scope + "|" + q.speaker().entity() + "|" + key.hashCode() + ":" + key.length(),
                        rule.type(), q.speaker().name() + ": “" + shorten(text, MAX_QUOTE) + "”", story, List.of(span(doc, o, q.span()))));
            }
        } else if (rule instanceof Rule.FigureMatch r) {
            for (Quantity q : doc.layerOrEmpty(LayerKind.QUANTITIES)) {
                if (!matches(r, q)) continue;
                String figure = unit(q) + "|" + plain(q.value());
                if (r.newOnly() && !db.markFigure(wl.id(), figure)) continue;
                out.add(new Draft(wl.id() + "|figure|" + scope + "|" + figure, rule.type(),
                        plain(q.value()) + " " + unit(q) + (r.newOnly() ? " (not seen before)" : "") + " — " + title(doc), story,
                        List.of(span(doc, o, q.span()))));
            }
        } else if (rule instanceof Rule.StorySources r) {
            if (story != null && o.newIndependentSource()) storySources(wl, r, o, story, out);
        } else if (rule instanceof Rule.Breaking r) {
            if (story != null && o.newIndependentSource()) breaking(wl, r, o, story, out);
        }
        return out;
    }

    /**
     * Story windows are laid over the sources' publication times (see {@link PublicationTime}), which do not
     * arrive in order: a window counts if it holds the new source, wherever in the window that source falls.
     */
    private void storySources(Watchlist wl, Rule.StorySources r, Observation o, String story, List<Draft> out) {
        List<MonitorDb.StorySource> recent = densest(db.storySources(story), o.time().toEpochMilli(), r.within().toMillis(), true);
        if (recent.size() < r.sources()) return;
        out.add(new Draft(wl.id() + "|story|" + story, r.type(), "Reported by " + recent.size() + " independent sources within "
                + human(r.within()) + " — " + title(o.ingested().document()), story, storyEvidence(o, recent)));
    }

    private void breaking(Watchlist wl, Rule.Breaking r, Observation o, String story, List<Draft> out) {
        long window = r.window().toMillis();
        List<MonitorDb.StorySource> all = db.storySources(story);
        if (all.isEmpty()) return;
        List<MonitorDb.StorySource> recent = densest(all, o.time().toEpochMilli(), window, false);
        if (recent.size() < r.minSources()) return;
        // The window is the period of that length ending at the run's last source; the usual rate is measured
        // before it, over at most BASELINE_WINDOWS windows, so that one source dated years earlier cannot stretch
        // the history and make any burst look unusual.
        long periodStart = recent.get(recent.size() - 1).firstMs() - window;
        long horizon = periodStart - BASELINE_WINDOWS * window;
        List<MonitorDb.StorySource> before = all.stream().filter(s -> s.firstMs() <= periodStart && s.firstMs() >= horizon).toList();
        long earlier = before.size();
        long firstSeen = before.isEmpty() ? periodStart : before.get(0).firstMs();
        double windowsBefore = Math.max(1.0, (double) (periodStart - firstSeen) / window);
        double baseline = earlier / windowsBefore;
        double expected = Math.max(1.0, baseline);
        if (recent.size() < r.factor() * expected) return;
        // the cooldown is in alert time (arrival), since it limits how often the user is told
        long now = o.at().toEpochMilli();
        var last = db.lastAlertMs(wl.id(), story);
        if (last.isPresent() && now - last.get() < r.cooldown().toMillis()) return;
        String rate = String.format(Locale.ROOT, "%.1f", baseline);
        out.add(new Draft(wl.id() + "|breaking|" + story + "|" + now, r.type(), "Breaking: " + recent.size()
                + " new independent sources in " + human(r.window()) + " (usually " + rate + ") — " + title(o.ingested().document()),
                story, storyEvidence(o, recent)));
    }

    /**
     * The largest run of {@code sources} (sorted by time) spanning at most {@code width} ({@code inclusive}) or
     * less than {@code width} that includes the time {@code at}; the earliest such run if several tie.
     */
    static List<MonitorDb.StorySource> densest(List<MonitorDb.StorySource> sources, long at, long width, boolean inclusive) {
        int bestFrom = 0, bestTo = 0;
        int to = 0;
        for (int from = 0; from < sources.size(); from++) {
            long start = sources.get(from).firstMs();
            if (start > at) break;
            if (!fits(start, at, width, inclusive)) continue;
            if (to < from) to = from;
            while (to < sources.size() && fits(start, sources.get(to).firstMs(), width, inclusive)) to++;
            if (to - from > bestTo - bestFrom) {
                bestFrom = from;
                bestTo = to;
            }
        }
        return sources.subList(bestFrom, bestTo);
    }

    private static boolean fits(long start, long t, long width, boolean inclusive) {
        long d = t - start;
        return inclusive ? d <= width : d < width;
    }

    private static List<Evidence> storyEvidence(Observation o, List<MonitorDb.StorySource> sources) {
        List<Evidence> ev = new ArrayList<>();
        ev.add(whole(o.ingested().document(), o));
        for (MonitorDb.StorySource s : sources) {
            if (ev.size() >= MAX_EVIDENCE) break;
            if (s.documentId().equals(o.ingested().document().id())) continue;
            ev.add(new Evidence(s.documentId(), null, null, s.sourceKey(), -1, -1));
        }
        return ev;
    }

    // ---- filters

    private boolean passes(Watchlist wl, Observation o) {
        Filters f = wl.filters();
        if (f.isEmpty()) return true;
        Document doc = o.ingested().document();
        if (!f.languages().isEmpty() && !doc.language().map(l -> f.languages().contains(l.toLowerCase(Locale.ROOT))).orElse(false)) {
            return false;
        }
        if (!f.sources().isEmpty() && !(o.sourceId() != null && f.sources().contains(o.sourceId()))
                && !f.sources().contains(o.publisher())) {
            return false;
        }
        List<Entity> entities = doc.layerOrEmpty(LayerKind.ENTITIES);
        if (!f.entities().isEmpty() && entities.stream().noneMatch(e -> f.entities().contains(e.id()))) return false;
        if (!f.places().isEmpty()) {
            Set<String> places = new HashSet<>();
            for (Entity e : entities) if (e.type() == EntityType.GPE || e.type() == EntityType.LOC) places.add(e.id());
            for (Event e : doc.layerOrEmpty(LayerKind.EVENTS)) if (e.location() != null) places.add(e.location().entity());
            if (places.stream().noneMatch(f.places()::contains)) return false;
        }
        if (!f.keywords().isEmpty()) {
            List<Pattern> patterns = keywordPatterns.computeIfAbsent(wl.id() + "\u0000" + String.join("\u0000", f.keywords()),
                    k -> f.keywords().stream().map(WatchlistEvaluator::keyword).toList());
            String text = doc.text();
            if (patterns.stream().noneMatch(p -> p.matcher(text).find())) return false;
        }
        return true;
    }

    /** A keyword as a whole word or phrase, any case, with any run of spaces between its words. */
    static Pattern keyword(String k) {
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])");
        String[] words = k.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) sb.append("\\s+");
            sb.append(Pattern.quote(words[i]));
        }
        sb.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    // ---- rule details

    private static boolean matches(Rule.EventMatch r, Event e) {
        if (e.negated() && !r.includeNegated()) return false;
        if (!r.types().isEmpty() && !r.types().contains(e.type())) return false;
        if (!r.actor1().isEmpty() && (e.actor1() == null || !r.actor1().contains(e.actor1().entity()))) return false;
        if (!r.actor2().isEmpty() && (e.actor2() == null || !r.actor2().contains(e.actor2().entity()))) return false;
        return r.locations().isEmpty() || (e.location() != null && r.locations().contains(e.location().entity()));
    }

    private static boolean matches(Rule.FigureMatch r, Quantity q) {
        if (q.value() == null || q.value().isNaN() || q.value().isInfinite()) return false;
        if (!r.units().isEmpty() && !r.units().contains(unit(q))) return false;
        if (r.above() != null && !(q.value() > r.above())) return false;
        return r.below() == null || q.value() < r.below();
    }

    private static String unit(Quantity q) {
        return q.unit() == null ? "" : q.unit().strip().toLowerCase(Locale.ROOT);
    }

    static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String id(EntityRef r) {
        return r == null ? "" : r.entity();
    }

    private static String describe(Event e) {
        StringBuilder sb = new StringBuilder(e.type().name()).append(": ").append(e.actor1() == null ? "—" : e.actor1().name());
        if (e.actor2() != null) sb.append(" → ").append(e.actor2().name());
        if (e.location() != null) sb.append(", in ").append(e.location().name());
        return sb.toString();
    }

    static String title(Document doc) {
        String t = doc.title().map(Title::text).orElse(doc.metadata().title());
        return t == null || t.isBlank() ? "(untitled)" : shorten(t.strip(), 200);
    }

    private static Evidence whole(Document doc, Observation o) {
        return new Evidence(doc.id(), title(doc), o.url(), null, -1, -1);
    }

    private static Evidence span(Document doc, Observation o, Span s) {
        String text = doc.text();
        return new Evidence(doc.id(), title(doc), o.url(), shorten(text.substring(s.start(), s.end()), 1000),
                text.codePointCount(0, s.start()), text.codePointCount(0, s.end()));
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    static String shorten(String s, int max) {
        String t = s.replaceAll("\\s+", " ").strip();
        if (t.length() <= max) return t;
        int cut = max;
        if (Character.isLowSurrogate(t.charAt(cut))) cut--;
        return t.substring(0, cut) + "…";
    }

    static String human(Duration d) {
        if (d.toMinutesPart() == 0 && d.toSecondsPart() == 0 && d.toHours() > 0) return d.toHours() + " h";
        if (d.toSecondsPart() == 0 && d.toMinutes() > 0) return d.toMinutes() + " min";
        return d.toSeconds() + " s";
    }
}
