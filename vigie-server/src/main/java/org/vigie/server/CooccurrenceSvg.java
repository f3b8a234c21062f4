package org.vigie.server;

import org.vigie.store.EntitySummary;

import java.util.List;
import java.util.Locale;

/**
 * The entities an entity appears with, as a star drawn in SVG: the entity in the middle, the others on a circle,
 * each edge as thick as the number of documents they share. Drawn on the server so it needs no script.
 */
final class CooccurrenceSvg {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 420;
    private static final double RADIUS = 160;

    private CooccurrenceSvg() {
    }

    static void render(Html h, EntitySummary centre, List<EntityProfile.Neighbour> neighbours) {
        int max = neighbours.stream().mapToInt(EntityProfile.Neighbour::documents).max().orElse(1);
        double cx = WIDTH / 2.0;
        double cy = HEIGHT / 2.0;
        h.open("svg", "class", "network", "viewbox", "0 0 " + WIDTH + " " + HEIGHT, "role", "img",
                "aria-label", "Entities appearing in the same documents as " + centre.name());
        double[][] at = new double[neighbours.size()][];
        for (int i = 0; i < neighbours.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / neighbours.size();
            at[i] = new double[]{cx + RADIUS * 1.55 * Math.cos(angle), cy + RADIUS * Math.sin(angle)};
            EntityProfile.Neighbour n = neighbours.get(i);
            double width = 1 + 5.0 * n.documents() / max;
            h.open("line", "class", "edge", "x1", num(cx), "y1", num(cy), "x2", num(at[i][0]), "y2", num(at[i][1]),
                    "stroke-width", num(width)).element("title", centre.name() + " and " + n.name() + ": "
                    + n.documents() + (n.documents() == 1 ? " document" : " documents")).close("line");
        }
        node(h, cx, cy, 16, centre.name(), centre.type().name(), null, "node centre");
        for (int i = 0; i < neighbours.size(); i++) {
            EntityProfile.Neighbour n = neighbours.get(i);
            node(h, at[i][0], at[i][1], 7 + 5.0 * n.documents() / max, n.name(), n.type().name(), Links.entity(n.id()), "node");
        }
        h.close("svg");
    }

    private static void node(Html h, double x, double y, double r, String name, String type, String hrefOrNull, String cls) {
        if (hrefOrNull != null) h.open("a", "href", hrefOrNull);
        h.open("g", "class", cls);
        h.open("circle", "class", "ent-" + type, "cx", num(x), "cy", num(y), "r", num(r))
                .element("title", name + " (" + type + ")").close("circle");
        h.element("text", name, "x", num(x), "y", num(y + r + 14), "text-anchor", "middle");
        h.close("g");
        if (hrefOrNull != null) h.close("a");
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
