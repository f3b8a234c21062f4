package org.vigie.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.vigie.core.model.EntityType;
import org.vigie.nlp.discovered.DiscoveredEntity;
import org.vigie.nlp.discovered.NameRecord;
import org.vigie.store.SplitDecision;
import org.vigie.store.UserEntity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * {@code /discovered}: names the knowledge base does not know that recur across documents, grouped with their
 * variants, with forms to confirm one (it becomes a knowledge-base entry) or split a variant off. The forms carry
 * the site's {@link FormTokens} token, as the ingest and monitor forms do, and are accepted from this machine only.
 * {@code /discovered/decisions} lists the user's decisions (confirmed entities, names split off), each with a form
 * undoing it.
 */
final class DiscoveredPage {
    private final Discoveries discoveries;
    private final Layout layout;
    private final ServerOptions options;

    DiscoveredPage(Discoveries discoveries, ServerOptions options, Layout layout) {
        this.discoveries = discoveries;
        this.options = options;
        this.layout = layout;
    }

    void show(Context ctx) {
        render(ctx, null, null);
    }

    void confirm(Context ctx) {
        if (!allowed(ctx)) return;
        try {
            UserEntity u = discoveries.confirm(ctx.formParam("id"), ctx.formParam("name"), ctx.formParam("type"));
            render(ctx, "Confirmed " + u.name() + " (" + u.id() + "): the analyses that follow link its names to it.", null);
        } catch (HttpResponseException e) {
            ctx.status(e.getStatus());
            render(ctx, null, e.getMessage());
        }
    }

    void split(Context ctx) {
        if (!allowed(ctx)) return;
        try {
            String member = ctx.formParam("member");
            DiscoveredEntity from = discoveries.split(member == null ? "" : member);
            render(ctx, "Split " + member + " off " + from.name() + ".", null);
        } catch (HttpResponseException e) {
            ctx.status(e.getStatus());
            render(ctx, null, e.getMessage());
        }
    }

    void decisions(Context ctx) {
        renderDecisions(ctx, null, null);
    }

    void unconfirm(Context ctx) {
        if (!allowed(ctx)) return;
        try {
            String id = ctx.formParam("id");
            UserEntity u = discoveries.unconfirm(id == null ? "" : id);
            renderDecisions(ctx, "Undid the confirmation of " + u.name() + " (" + u.id() + "): the analyses that follow no longer "
                    + "link its names to it.", null);
        } catch (HttpResponseException e) {
            ctx.status(e.getStatus());
            renderDecisions(ctx, null, e.getMessage());
        }
    }

    void unsplit(Context ctx) {
        if (!allowed(ctx)) return;
        try {
            String member = ctx.formParam("member");
            SplitDecision d = discoveries.unsplit(member == null ? "" : member);
            renderDecisions(ctx, "Undid the split of " + d.memberId() + ": it may join its group again.", null);
        } catch (HttpResponseException e) {
            ctx.status(e.getStatus());
            renderDecisions(ctx, null, e.getMessage());
        }
    }

    private void renderDecisions(Context ctx, String message, String error) {
        Html h = new Html().element("h1", "Decisions about discovered entities");
        h.element("p", "The entities you confirmed and the names you split off. Undoing a confirmation takes the entity out "
                + "of the knowledge base the analyses that follow use; undoing a split lets the name join its group again.", "class", "note");
        h.open("p").element("a", "Back to the discovered entities", "href", "/discovered").close("p");
        if (message != null) h.element("p", message, "class", "stats", "role", "status");
        if (error != null) h.element("p", error, "class", "error-message", "role", "alert");
        if (!discoveries.available()) {
            h.element("p", "This store does not keep discovered entities.", "class", "empty");
            HtmlPages.send(ctx, layout.page("Decisions", "discovered", h));
            return;
        }
        String token = FormTokens.issue(ctx);
        h.element("h2", "Confirmed");
        List<UserEntity> confirmed = discoveries.confirmed();
        if (confirmed.isEmpty()) {
            h.element("p", "None.", "class", "empty");
        } else {
            h.open("ul", "class", "confirmed");
            for (UserEntity u : confirmed) {
                h.open("li").element("a", u.name(), "href", Links.entity(u.id())).text(" · " + u.type().name() + " · ")
                        .element("code", u.id()).text(" · " + String.join(", ", u.variants()) + " · confirmed " + day(u.confirmedAt()) + " ");
                h.open("form", "class", "unconfirm", "action", "/discovered/unconfirm", "method", "post");
                FormTokens.field(h, token);
                h.empty("input", "type", "hidden", "name", "id", "value", u.id());
                h.element("button", "Undo", "type", "submit", "aria-label", "Undo the confirmation of " + u.name());
                h.close("form").close("li");
            }
            h.close("ul");
        }
        h.element("h2", "Split off");
        List<SplitDecision> splits = discoveries.splits();
        if (splits.isEmpty()) {
            h.element("p", "None.", "class", "empty");
        } else {
            java.util.Map<String, String> names = discoveries.names(splits.stream().map(SplitDecision::memberId).toList());
            h.open("ul", "class", "splits");
            for (SplitDecision d : splits) {
                h.open("li");
                String name = names.get(d.memberId());
                if (name != null) h.text(name + " · ");
                h.element("code", d.memberId()).text(" · split " + day(d.splitAt()) + " ");
                h.open("form", "class", "unsplit", "action", "/discovered/unsplit", "method", "post");
                FormTokens.field(h, token);
                h.empty("input", "type", "hidden", "name", "member", "value", d.memberId());
                h.element("button", "Undo", "type", "submit", "aria-label", "Undo the split of " + d.memberId());
                h.close("form").close("li");
            }
            h.close("ul");
        }
        HtmlPages.send(ctx, layout.page("Decisions", "discovered", h));
    }

    /** Loopback callers with the form's token only; otherwise answers 403 and returns false. */
    private boolean allowed(Context ctx) {
        if (!loopback(ctx.req().getRemoteAddr())) {
            ctx.status(403);
            render(ctx, null, "Decisions about discovered entities are accepted from this machine only.");
            return false;
        }
        if (!FormTokens.valid(ctx, ctx.formParam(FormTokens.FIELD))) {
            ctx.status(403);
            render(ctx, null, "The form has expired or did not come from this site: reload the page and try again.");
            return false;
        }
        return true;
    }

    static boolean loopback(String address) {
        if (address == null) return false;
        try {
            // a literal address only: no name lookup
            return address.matches("[0-9a-fA-F.:\\[\\]%]+") && InetAddress.getByName(address.replaceAll("[\\[\\]]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private void render(Context ctx, String message, String error) {
        Html h = new Html().element("h1", "Discovered entities");
        h.element("p", "Names the knowledge base does not know that recur in " + Discoveries.MIN_DOCUMENTS
                + " documents or more, grouped with their spellings. Confirm one to make it a knowledge-base entity "
                + "(the analyses that follow link its names to it); split a spelling off when it names someone else.", "class", "note");
        if (message != null) h.element("p", message, "class", "stats", "role", "status");
        if (error != null) h.element("p", error, "class", "error-message", "role", "alert");
        if (!discoveries.available()) {
            h.element("p", "This store does not keep discovered entities.", "class", "empty");
            HtmlPages.send(ctx, layout.page("Discovered entities", "discovered", h));
            return;
        }
        String token = FormTokens.issue(ctx);
        List<DiscoveredEntity> all = discoveries.list();
        int page = Paging.page(ctx);
        Paging paging = Paging.ofPage(page, options.pageSize());
        List<DiscoveredEntity> rows = all.subList(Math.min(paging.offset(), all.size()), Math.min(paging.offset() + paging.limit(), all.size()));
        h.element("p", all.size() + (all.size() == 1 ? " discovered entity" : " discovered entities"), "class", "stats");
        if (rows.isEmpty()) {
            h.element("p", "No recurring unknown names yet.", "class", "empty");
        } else {
            h.open("table", "class", "discovered").open("thead").open("tr");
            for (String c : List.of("Name", "Type", "Documents", "Mentions", "Seen", "Variants", "Confirm")) h.element("th", c, "scope", "col");
            h.close("tr").close("thead").open("tbody");
            for (DiscoveredEntity e : rows) row(h, e, token);
            h.close("tbody").close("table");
            h.open("nav", "class", "pager", "aria-label", "Pages");
            if (page > 1) h.element("a", "Previous", "href", "/discovered" + (page > 2 ? "?page=" + (page - 1) : ""), "rel", "prev");
            if (paging.offset() + paging.limit() < all.size()) h.element("a", "Next", "href", "/discovered?page=" + (page + 1), "rel", "next");
            h.close("nav");
        }
        List<UserEntity> confirmed = discoveries.confirmed();
        h.element("h2", "Confirmed");
        h.open("p").element("a", "Your decisions (confirmed, split off), with their undo buttons", "href", "/discovered/decisions").close("p");
        if (confirmed.isEmpty()) {
            h.element("p", "None yet.", "class", "empty");
        } else {
            h.open("ul", "class", "confirmed");
            for (UserEntity u : confirmed) {
                h.open("li").element("a", u.name(), "href", Links.entity(u.id())).text(" · " + u.type().name() + " · ")
                        .element("code", u.id()).text(" · " + String.join(", ", u.variants())).close("li");
            }
            h.close("ul");
        }
        HtmlPages.send(ctx, layout.page("Discovered entities", "discovered", h));
    }

    private static void row(Html h, DiscoveredEntity e, String token) {
        h.open("tr");
        h.open("td").element("a", e.name(), "href", Links.entity(e.id())).close("td");
        h.element("td", e.type().name(), "class", "ent-" + e.type().name());
        h.element("td", e.documents(), "class", "num");
        h.element("td", e.mentions(), "class", "num");
        h.element("td", seen(e));
        h.open("td").open("ul", "class", "variants");
        for (NameRecord v : e.variants()) {
            h.open("li").text(v.name() + " (" + v.documents().size() + (v.documents().size() == 1 ? " document)" : " documents)"));
            if (e.variants().size() > 1) {
                h.open("form", "class", "split", "action", "/discovered/split", "method", "post");
                FormTokens.field(h, token);
                h.empty("input", "type", "hidden", "name", "member", "value", v.id());
                h.element("button", "Split off", "type", "submit", "aria-label", "Split " + v.name() + " off " + e.name());
                h.close("form");
            }
            h.close("li");
        }
        h.close("ul").close("td");
        h.open("td");
        h.open("form", "class", "confirm", "action", "/discovered/confirm", "method", "post");
        FormTokens.field(h, token);
        h.empty("input", "type", "hidden", "name", "id", "value", e.id());
        h.empty("input", "type", "text", "name", "name", "value", e.name(), "aria-label", "Name of " + e.name(), "maxlength", "200");
        h.open("select", "name", "type", "aria-label", "Type of " + e.name());
        for (EntityType t : EntityType.values()) h.element("option", t.name(), "value", t.name(), "selected", t == e.type() ? "selected" : null);
        h.close("select");
        h.element("button", "Confirm", "type", "submit");
        h.close("form");
        h.close("td");
        h.close("tr");
    }

    private static String seen(DiscoveredEntity e) {
        if (e.firstSeen() == null) return "";
        String first = day(e.firstSeen());
        String last = day(e.lastSeen());
        return first.equals(last) ? first : first + " – " + last;
    }

    private static String day(String isoDateOrInstant) {
        return isoDateOrInstant == null ? "" : isoDateOrInstant.length() > 10 ? isoDateOrInstant.substring(0, 10) : isoDateOrInstant;
    }
}
