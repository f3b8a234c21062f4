package org.vigie.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders a stretch of text with its marks as balanced, escaped HTML. Marks may nest or overlap: the text is cut
 * at every mark boundary, and at each cut the open elements that end or no longer nest are closed and the
 * still-running ones reopened, so an overlapping mark becomes several elements with the same class and title.
 * Links are never nested: a mark inside another link is written as a span.
 */
final class Highlighter {
    /** Longer-running marks go outside, so they are split less often. */
    private static final Comparator<Mark> NESTING = Comparator.comparingInt(Mark::end).reversed()
            .thenComparingInt(Mark::start).thenComparingInt(Mark::rank).thenComparing(Mark::cssClass);

    private Highlighter() {
    }

    /** Writes {@code text[from, to)} with the parts of {@code marks} that fall inside it. */
    static void render(Html out, String text, int from, int to, List<Mark> marks) {
        List<Mark> inside = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
        for (Mark m : marks) {
            int s = Math.max(m.start(), from);
            int e = Math.min(m.end(), to);
            if (s >= e) continue;
            inside.add(m);
            cuts.add(s);
            cuts.add(e);
        }
        inside.sort(Comparator.comparingInt(Mark::start));
        // Every mark starts and ends on a cut, so a mark active at a segment's start covers the whole segment.
        Set<Mark> active = new LinkedHashSet<>();
        List<Mark> stack = new ArrayList<>();
        List<Boolean> linked = new ArrayList<>();
        int next = 0;
        Integer p = cuts.first();
        for (Integer q = cuts.higher(p); q != null; p = q, q = cuts.higher(q)) {
            int at = p;
            active.removeIf(m -> m.end() <= at);
            while (next < inside.size() && inside.get(next).start() <= at) active.add(inside.get(next++));
            int keep = 0;
            while (keep < stack.size() && active.contains(stack.get(keep))) keep++;
            while (stack.size() > keep) closeTop(out, stack, linked);
            List<Mark> opening = new ArrayList<>();
            for (Mark m : active) if (!stack.contains(m)) opening.add(m);
            opening.sort(NESTING);
            for (Mark m : opening) {
                boolean link = m.href() != null && !linked.contains(true);
                out.open(link ? "a" : "span", "class", m.cssClass(), "title", m.title(), "href", link ? m.href() : null);
                stack.add(m);
                linked.add(link);
            }
            out.text(text.substring(at, q));
        }
        while (!stack.isEmpty()) closeTop(out, stack, linked);
    }

    private static void closeTop(Html out, List<Mark> stack, List<Boolean> linked) {
        int top = stack.size() - 1;
        out.close(linked.get(top) ? "a" : "span");
        stack.remove(top);
        linked.remove(top);
    }
}
