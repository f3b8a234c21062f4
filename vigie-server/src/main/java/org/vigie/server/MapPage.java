package org.vigie.server;

import io.javalin.http.Context;
import org.vigie.core.model.EntityType;
import org.vigie.store.DocumentStore;
import org.vigie.store.EntitySummary;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The places the documents mention (GPE and LOC entities), drawn on a bundled world outline where their
 * coordinates are known and listed otherwise. The outline is Natural Earth's 1:110m land in an equirectangular
 * projection (see world-110m.txt for its provenance), so the map needs nothing from the internet.
 */
final class MapPage {
    /** Places read per type: the most mentioned ones, which is what a map can show legibly. */
    static final int MAX_PLACES_PER_TYPE = 500;
    /** Below latitude -65 there is only Antarctica; the map stops there. */
    private static final int HEIGHT = 1550;
    static final String WORLD_PATH = worldPath();

    private final DocumentStore store;
    private final PlaceLocator locatorOrNull;
    private final Layout layout;

    MapPage(DocumentStore store, PlaceLocator locatorOrNull, Layout layout) {
        this.store = store;
        this.locatorOrNull = locatorOrNull;
        this.layout = layout;
    }

    record Located(EntitySummary place, PlaceLocator.Point point) {
    }

    void show(Context ctx) {
        List<Located> located = new ArrayList<>();
        List<EntitySummary> unlocated = new ArrayList<>();
        for (EntityType type : List.of(EntityType.GPE, EntityType.LOC)) {
            for (EntitySummary e : store.entities(0, MAX_PLACES_PER_TYPE, type.name())) {
                Optional<PlaceLocator.Point> p = locatorOrNull == null ? Optional.empty() : locatorOrNull.locate(e);
                if (p.isPresent()) located.add(new Located(e, p.get())); else unlocated.add(e);
            }
        }
        HtmlPages.send(ctx, layout.page("Map", "map", render(located, unlocated, locatorOrNull != null)));
    }

    static Html render(List<Located> located, List<EntitySummary> unlocated, boolean canLocate) {
        Html h = new Html().element("h1", "Places mentioned");
        h.element("p", places(located.size()) + " on the map, " + unlocated.size() + " without known coordinates."
                + (canLocate ? "" : " No place locator is configured, so none can be drawn."), "class", "stats");
        int max = located.stream().mapToInt(l -> l.place().documents()).max().orElse(1);
        h.open("svg", "class", "world-map", "viewbox", "0 0 3600 " + HEIGHT, "role", "img",
                "aria-label", "World map of the places mentioned");
        h.open("rect", "class", "sea", "width", "3600", "height", String.valueOf(HEIGHT)).close("rect");
        h.open("path", "class", "land", "d", WORLD_PATH).close("path");
        // Largest first, so that smaller places stay visible and clickable on top of them.
        List<Located> drawn = located.stream()
                .sorted(Comparator.comparingInt((Located l) -> l.place().documents()).reversed()).toList();
        for (Located l : drawn) {
            EntitySummary e = l.place();
            double x = (l.point().lon() + 180) * 10;
            double y = (90 - l.point().lat()) * 10;
            double r = 12 + 38 * Math.sqrt((double) e.documents() / max);
            h.open("a", "href", Links.entity(e.id()), "class", "place");
            h.open("circle", "class", "place-dot ent-" + e.type().name(), "cx", num(x), "cy", num(y), "r", num(r))
                    .element("title", e.name() + ": " + e.documents() + (e.documents() == 1 ? " document" : " documents"))
                    .close("circle");
            h.close("a");
        }
        h.close("svg");
        h.element("p", "Outline: Natural Earth 1:110m land (public domain), via the world-atlas package.", "class", "note credit");

        h.open("div", "class", "map-lists");
        h.open("section").element("h2", "On the map");
        if (located.isEmpty()) {
            h.element("p", "No place with known coordinates.", "class", "empty");
        } else {
            h.open("table", "class", "places").open("thead").open("tr").element("th", "Place").element("th", "Type")
                    .element("th", "Documents").element("th", "Latitude").element("th", "Longitude").close("tr").close("thead").open("tbody");
            for (Located l : drawn) {
                h.open("tr").open("td").element("a", l.place().name(), "href", Links.entity(l.place().id())).close("td")
                        .element("td", l.place().type().name(), "class", "ent-" + l.place().type().name())
                        .element("td", l.place().documents(), "class", "num")
                        .element("td", num(l.point().lat()), "class", "num").element("td", num(l.point().lon()), "class", "num")
                        .close("tr");
            }
            h.close("tbody").close("table");
        }
        h.close("section");
        h.open("section").element("h2", "Without coordinates");
        if (unlocated.isEmpty()) {
            h.element("p", "Every place mentioned is on the map.", "class", "empty");
        } else {
            h.open("ul", "class", "unlocated");
            for (EntitySummary e : unlocated) {
                h.open("li").element("a", e.name(), "href", Links.entity(e.id())).text(" ")
                        .element("span", e.type().name() + ", " + e.documents() + (e.documents() == 1 ? " document" : " documents"), "class", "meta")
                        .close("li");
            }
            h.close("ul");
        }
        h.close("section").close("div");
        return h;
    }

    private static String places(int n) {
        return n == 1 ? "1 place" : n + " places";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String worldPath() {
        String text = new String(StaticAssets.resource("world-110m.txt"), StandardCharsets.UTF_8);
        String path = text.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).collect(Collectors.joining());
        if (!path.matches("[MlzZ0-9 -]+")) throw new IllegalStateException("world-110m.txt is not a plain SVG path");
        return path;
    }
}
