package org.vigie.server;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.vigie.core.model.EntityRef;
import org.vigie.store.DocumentStore;
import org.vigie.store.StoryStore;
import org.vigie.stories.Story;
import org.vigie.stories.StorySummary;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * The story pages: {@code /} (the stories of the day: those with documents published on the latest day, the fastest
 * growing first, then by independent sources), {@code /stories} (stories ranked by independent sources, or by recency, with their counts) and
 * {@code /stories/{id}} (documents by source and language with their republication chains, the event timeline, key
 * quotes and the claims ledger with disagreements highlighted).
 */
final class StoryPages {
    /** Documents read to summarise one story on its page; the count says when there are more. */
    static final int MAX_SUMMARISED = 200;

    /** Null when the store keeps no stories (one not kept in a database): the story pages then answer 404. */
    private final StoryStore stories;
    private final ServerOptions options;
    private final Layout layout;

    StoryPages(DocumentStore store, ServerOptions options, Layout layout) {
        this.stories = storiesOf(store);
        this.options = options;
        this.layout = layout;
    }

    static StoryStore storiesOf(DocumentStore store) {
        try {
            return StoryStore.of(store);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static StoryStore available(StoryStore storiesOrNull) {
        if (storiesOrNull == null) throw new NotFoundResponse("this store keeps no stories (they are kept by the SQLite and PostgreSQL stores)");
        return storiesOrNull;
    }

    static String link(String id) {
        return "/stories/" + Links.encode(id);
    }

    static String listLink(StoryStore.Order order, int page) {
        String base = order == StoryStore.Order.RECENT ? "/stories?sort=recent" : "/stories";
        if (page <= 1) return base;
        return base + (base.contains("?") ? "&" : "?") + "page=" + page;
    }

    static StoryStore.Order order(Context ctx) {
        String sort = ctx.queryParam("sort");
        if (sort == null || sort.isBlank() || sort.strip().equals("sources")) return StoryStore.Order.SOURCES;
        if (sort.strip().equals("recent")) return StoryStore.Order.RECENT;
        throw new BadRequestResponse("sort must be 'sources' or 'recent', not '" + sort + "'");
    }

    void list(Context ctx) {
        StoryStore.Order order = order(ctx);
        int page = Paging.page(ctx);
        Paging paging = Paging.ofPage(page, options.pageSize());
        StoryStore stories = available(this.stories);
        List<StoryStore.Listing> rows = stories.stories(order, paging.offset(), paging.limit() + 1);
        long total = stories.count();
        Html h = new Html().element("h1", "Stories");
        h.element("p", total + (total == 1 ? " story" : " stories") + ", ranked by "
                + (order == StoryStore.Order.RECENT ? "most recent report" : "independent sources (copies and translations count once)"), "class", "stats");
        h.open("nav", "class", "filters", "aria-label", "Order");
        h.element("a", "By independent sources", "href", listLink(StoryStore.Order.SOURCES, 1), "aria-current",
                order == StoryStore.Order.SOURCES ? "page" : null);
        h.element("a", "Most recent", "href", listLink(StoryStore.Order.RECENT, 1), "aria-current",
                order == StoryStore.Order.RECENT ? "page" : null);
        h.close("nav");
        if (rows.isEmpty()) {
            h.element("p", page == 1 ? "No stories yet: ingest documents into the store to group them." : "No stories on this page.", "class", "empty");
        } else {
            h.open("table", "class", "stories").open("thead").open("tr");
            for (String col : List.of("Story", "Dates", "Independent sources", "Documents", "Groups", "Languages")) h.element("th", col);
            h.close("tr").close("thead").open("tbody");
            for (StoryStore.Listing l : rows.subList(0, Math.min(rows.size(), paging.limit()))) {
                Story s = l.story();
                h.open("tr").open("td").element("a", displayTitle(l.title()),
                                "href", link(s.id())).close("td")
                        .element("td", span(s.firstDate(), s.lastDate()))
                        .element("td", s.independentSources(), "class", "num")
                        .element("td", s.documents(), "class", "num")
                        .element("td", s.groups(), "class", "num")
                        .element("td", String.join(", ", s.languages()))
                        .close("tr");
            }
            h.close("tbody").close("table");
        }
        if (page > 1 || rows.size() > paging.limit()) {
            h.open("nav", "class", "pager", "aria-label", "Pages");
            if (page > 1) h.element("a", "← Previous", "href", listLink(order, page - 1), "rel", "prev");
            h.element("span", "page " + page, "class", "page");
            if (rows.size() > paging.limit()) h.element("a", "Next →", "href", listLink(order, page + 1), "rel", "next");
            h.close("nav");
        }
        HtmlPages.send(ctx, layout.page("Stories", "stories", h));
    }

    boolean keepsStories() {
        return stories != null;
    }

    /**
     * The stories of one day, {@code ?day=YYYY-MM-DD}, by default the latest day (not in the future) a story document was
     * published.
     */
    void today(Context ctx) {
        StoryStore stories = available(this.stories);
        String asked = ctx.queryParam("day");
        // Tomorrow in UTC is today somewhere: a report dated there is not from the future.
        String day = asked == null || asked.isBlank()
                ? stories.latestDay(java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1)).orElse(null) : day(asked.strip());
        int page = Paging.page(ctx);
        Paging paging = Paging.ofPage(page, options.pageSize());
        Html h = new Html();
        if (day == null) {
            h.element("h1", "Stories of the day");
            long total = stories.count();
            h.element("p", total == 0 ? "No stories yet: ingest documents into the store to group them."
                    : "None of the " + total + (total == 1 ? " story has" : " stories have") + " a dated document.", "class", "empty");
            h.open("p").element("a", "All stories", "href", "/stories").text(" · ")
                    .element("a", "All documents", "href", "/documents").close("p");
            HtmlPages.send(ctx, layout.page("Stories of the day", "today", h));
            return;
        }
        List<StoryStore.DayListing> rows = stories.ofTheDay(day, paging.offset(), paging.limit() + 1);
        long total = stories.countOfTheDay(day);
        h.element("h1", "Stories of " + day);
        h.element("p", total + (total == 1 ? " story" : " stories") + " with documents published that day, the fastest growing "
                + "first, then by independent sources (copies and translations count once)", "class", "stats");
        if (rows.isEmpty()) {
            h.element("p", page == 1 ? "No story has a document published on " + day + "." : "No stories on this page.", "class", "empty");
        } else {
            h.open("table", "class", "stories today").open("thead").open("tr");
            for (String col : List.of("Story", "Documents that day", "Independent sources", "Documents", "Dates", "Languages")) {
                h.element("th", col);
            }
            h.close("tr").close("thead").open("tbody");
            for (StoryStore.DayListing d : rows.subList(0, Math.min(rows.size(), paging.limit()))) {
                Story s = d.listing().story();
                String title = d.listing().title();
                h.open("tr").open("td").element("a", displayTitle(title),
                                "href", link(s.id())).close("td")
                        .element("td", d.documentsThatDay(), "class", "num")
                        .element("td", s.independentSources(), "class", "num")
                        .element("td", s.documents(), "class", "num")
                        .element("td", span(s.firstDate(), s.lastDate()))
                        .element("td", String.join(", ", s.languages()))
                        .close("tr");
            }
            h.close("tbody").close("table");
        }
        if (page == 1) moreStories(h, stories, rows.stream().map(r -> r.listing().story().id()).collect(java.util.stream.Collectors.toSet()));
        String base = "/?day=" + day;
        if (page > 1 || rows.size() > paging.limit()) {
            h.open("nav", "class", "pager", "aria-label", "Pages");
            if (page > 1) h.element("a", "← Previous", "href", page == 2 ? base : base + "&page=" + (page - 1), "rel", "prev");
            h.element("span", "page " + page, "class", "page");
            if (rows.size() > paging.limit()) h.element("a", "Next →", "href", base + "&page=" + (page + 1), "rel", "next");
            h.close("nav");
        }
        java.time.LocalDate d = java.time.LocalDate.parse(day);
        h.open("p", "class", "days").element("a", "← " + d.minusDays(1), "href", "/?day=" + d.minusDays(1), "rel", "prev")
                .text(" · ").element("a", "All stories", "href", "/stories").text(" · ")
                .element("a", d.plusDays(1) + " →", "href", "/?day=" + d.plusDays(1), "rel", "next").close("p");
        HtmlPages.send(ctx, layout.page("Stories of " + day, "today", h));
    }

    /** Stories with reports only on other days (or undated) still lead the rest: the best sourced of them follow. */
    private void moreStories(Html h, StoryStore stories, java.util.Set<String> shown) {
        List<StoryStore.Listing> more = stories.stories(StoryStore.Order.SOURCES, 0, options.pageSize() + shown.size()).stream()
                .filter(l -> !shown.contains(l.story().id())).limit(options.pageSize()).toList();
        if (more.isEmpty()) return;
        h.element("h2", "Other stories, by independent sources");
        h.open("table", "class", "stories more").open("thead").open("tr");
        for (String col : List.of("Story", "Dates", "Independent sources", "Documents", "Languages")) h.element("th", col);
        h.close("tr").close("thead").open("tbody");
        for (StoryStore.Listing l : more) {
            Story s = l.story();
            h.open("tr").open("td").element("a", displayTitle(l.title()),
                            "href", link(s.id())).close("td")
                    .element("td", span(s.firstDate(), s.lastDate()))
                    .element("td", s.independentSources(), "class", "num")
                    .element("td", s.documents(), "class", "num")
                    .element("td", String.join(", ", s.languages()))
                    .close("tr");
        }
        h.close("tbody").close("table");
    }

    private static String day(String raw) {
        try {
            return java.time.LocalDate.parse(raw).toString();
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadRequestResponse("day must be a date written YYYY-MM-DD, not '" + raw + "'");
        }
    }

    static String span(String first, String last) {
        if (first == null) return "undated";
        return first.equals(last) || last == null ? first : first + " – " + last;
    }

    void story(Context ctx) {
        String id = ctx.pathParam("id");
        StoryStore stories = available(this.stories);
        java.util.Optional<StoryStore.Listing> found = stories.story(id);
        if (found.isEmpty()) {
            String into = stories.mergedInto(id).orElseThrow(() -> new NotFoundResponse("no story with id " + id));
            ctx.redirect(link(into));
            return;
        }
        StoryStore.Listing listing = found.get();
        StorySummary s = stories.summary(id, MAX_SUMMARISED).orElseThrow(() -> new NotFoundResponse("no story with id " + id));
        String title = displayTitle(s.title());
        Html h = new Html().element("h1", title);
        h.open("dl", "class", "facts")
                .element("dt", "Dates").element("dd", span(s.firstDate(), s.lastDate()))
                .element("dt", "Independent sources").element("dd", s.independentSources())
                .element("dt", "Documents").element("dd", listing.story().documents())
                .element("dt", "Languages").element("dd", String.join(", ", s.languages()))
                .element("dt", "JSON").open("dd").element("a", "/api/stories/" + id, "href", "/api/stories/" + Links.encode(id)).close("dd")
                .close("dl");
        if (s.documents() < listing.story().documents()) {
            h.element("p", "Summarised from the first " + s.documents() + " of " + listing.story().documents() + " documents.", "class", "note");
        }
        documents(h, s);
        timeline(h, s);
        quotes(h, s);
        claims(h, s);
        HtmlPages.send(ctx, layout.page(title, "stories", h));
    }

    private static void documents(Html h, StorySummary s) {
        h.element("h2", "Documents by source");
        h.open("div", "class", "story-sources");
        for (StorySummary.SourceGroup g : s.sources()) {
            h.open("section", "class", "story-source").open("h3").text(g.source()).text(" ").element("span", g.documents(), "class", "count").close("h3");
            for (StorySummary.LanguageGroup lg : g.languages()) {
                h.open("ul", "class", "chain", "lang", safeLang(lg.language()));
                for (StorySummary.Entry e : lg.documents()) {
                    h.open("li").element("span", lg.language(), "class", "lang-code").text(" ");
                    h.element("a", e.title() == null || e.title().isBlank() ? "(untitled)" : e.title(), "href", Links.document(e.id()));
                    h.text(" ").element("span", e.published() == null ? "undated" : e.published(), "class", "date");
                    h.text(" ").element("span", e.relation().jsonName(), "class", "badge relation-" + e.relation().jsonName());
                    if (e.of() != null) {
                        h.text(" of ").element("a", e.ofTitle() == null ? e.of().substring(0, Math.min(12, e.of().length())) : e.ofTitle(),
                                "href", Links.document(e.of()), "class", "of");
                    }
                    h.close("li");
                }
                h.close("ul");
            }
            h.close("section");
        }
        h.close("div");
    }

    /** A language code usable in a lang attribute, or null. */
    private static String safeLang(String code) {
        return code != null && code.matches("[a-z]{2,3}") && !code.equals("und") ? code : null;
    }

    private static void timeline(Html h, StorySummary s) {
        h.element("h2", "Timeline");
        if (s.timeline().isEmpty()) {
            h.element("p", "No events were found in these documents.", "class", "empty");
            return;
        }
        h.open("ol", "class", "timeline");
        for (StorySummary.TimelineEvent t : s.timeline()) {
            h.open("li").element("span", t.date() == null ? "undated" : t.date(), "class", "date").text(" ")
                    .element("span", t.type().name(), "class", "badge event-type").text(" ");
            h.text(name(t.actor1()));
            if (t.actor2() != null) h.text(" → " + name(t.actor2()));
            if (t.location() != null) h.text(" in " + name(t.location()));
            if (t.negated()) h.element("span", "denied or not done", "class", "negated");
            h.text(" ").element("span", sources(t.independentSources(), t.documents().size()), "class", "count");
            h.open("span", "class", "evidence").text("“" + t.evidence() + "” ")
                    .element("a", "source", "href", Links.document(t.evidenceDocument())).close("span");
            h.close("li");
        }
        h.close("ol");
    }

    private static void quotes(Html h, StorySummary s) {
        h.element("h2", "Key quotes");
        if (s.quotes().isEmpty()) {
            h.element("p", "No quotes were found in these documents.", "class", "empty");
            return;
        }
        h.open("ul", "class", "key-quotes");
        for (StorySummary.KeyQuote q : s.quotes()) {
            h.open("li").element("span", q.speaker() == null ? "unattributed" : q.speaker().name(), "class", "speaker");
            h.open("q", "lang", safeLang(q.language()), "class", q.direct() ? "direct" : "reported").text(q.text()).close("q");
            h.text(" ").element("span", sources(q.independentSources(), q.documents().size()), "class", "count")
                    .text(" ").element("a", "source", "href", Links.document(q.document()));
            h.close("li");
        }
        h.close("ul");
    }

    private static void claims(Html h, StorySummary s) {
        h.element("h2", "Claims ledger");
        if (s.claims().isEmpty()) {
            h.element("p", "No figures were found in these documents.", "class", "empty");
            return;
        }
        for (StorySummary.ClaimGroup g : s.claims()) {
            h.open("section", "class", g.disputed() ? "claims disputed" : "claims");
            h.open("h3").text(g.unit() == null ? "figures without a unit" : g.unit());
            if (g.disputed()) h.text(" ").element("span", "disputed", "class", "badge disputed");
            h.close("h3");
            if (!g.values().isEmpty()) {
                h.open("p", "class", "values").text(g.disputed() ? "Claimed values: " : "Value: ");
                for (int i = 0; i < g.values().size(); i++) {
                    if (i > 0) h.text(" vs ");
                    h.element("span", figure(g.values().get(i)), "class", g.disputed() ? "value conflict" : "value");
                }
                h.close("p");
            }
            h.open("table", "class", "ledger").open("thead").open("tr");
            for (String col : List.of("Claimed by", "Figure", "As written", "Date", "Language", "Documents")) h.element("th", col);
            h.close("tr").close("thead").open("tbody");
            for (StorySummary.Claimant c : g.claimants()) {
                for (StorySummary.Claim cl : c.claims()) {
                    h.open("tr", "class", cl.artefact() ? "artefact" : null)
                            .element("td", c.claimant() == null ? "—" : c.claimant().name())
                            .open("td", "class", "num").text(cl.value() == null ? "unreadable" : (cl.approximate() ? "≈ " : "") + figure(cl.value()));
                    if (cl.artefact()) h.text(" ").element("span", "damaged", "class", "badge artefact", "title", "the figure is damaged in this text (e.g. machine translation)");
                    h.close("td").element("td", cl.text())
                            .element("td", cl.date() == null ? "—" : cl.date())
                            .element("td", cl.language())
                            .open("td").element("a", cl.documents().size() == 1 ? "1 document" : cl.documents().size() + " documents",
                                    "href", Links.document(cl.document())).close("td")
                            .close("tr");
                }
            }
            h.close("tbody").close("table").close("section");
        }
    }

    private static String sources(int independent, int documents) {
        String s = independent + (independent == 1 ? " independent source" : " independent sources");
        return documents == independent ? s : s + " (" + documents + " documents)";
    }

    private static String name(EntityRef r) {
        return r == null ? "someone" : r.name();
    }

    static String figure(double v) {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }

    /** A story's title as shown: stories whose documents carry no title still need words for their link. */
    private static String displayTitle(String title) {
        return title == null || title.isBlank() ? "(untitled story)" : title;
    }
}
