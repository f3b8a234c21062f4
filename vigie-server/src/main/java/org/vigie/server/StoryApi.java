package org.vigie.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.vigie.store.DocumentStore;
import org.vigie.store.StoryStore;
import org.vigie.stories.Membership;
import org.vigie.stories.StorySummary;
import org.vigie.stories.StorySummaryJson;

/** The stories in the JSON API: {@code /api/stories} (ranked, paged) and {@code /api/stories/{id}} (summary). */
final class StoryApi {
    /** Null when the store keeps no stories (one not kept in a database): the story pages then answer 404. */
    private final StoryStore stories;
    private final ServerOptions options;

    StoryApi(DocumentStore store, ServerOptions options) {
        this.stories = StoryPages.storiesOf(store);
        this.options = options;
    }

    void list(Context ctx) {
        StoryStore.Order order = StoryPages.order(ctx);
        Paging paging = Paging.api(ctx, options);
        StoryStore stories = StoryPages.available(this.stories);
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("offset", paging.offset());
        o.put("limit", paging.limit());
        o.put("total", stories.count());
        o.put("sort", order == StoryStore.Order.RECENT ? "recent" : "sources");
        ArrayNode items = o.putArray("items");
        for (StoryStore.Listing l : stories.stories(order, paging.offset(), paging.limit())) {
            ObjectNode s = StorySummaryJson.story(l.story());
            s.put("title", l.title());
            items.add(s);
        }
        ApiHandlers.send(ctx, o);
    }

    void story(Context ctx) {
        String id = ctx.pathParam("id");
        StoryStore stories = StoryPages.available(this.stories);
        java.util.Optional<StoryStore.Listing> found = stories.story(id);
        if (found.isEmpty()) {
            String into = stories.mergedInto(id).orElseThrow(() -> new NotFoundResponse("no story with id " + id));
            ctx.redirect("/api/stories/" + Links.encode(into));
            return;
        }
        StoryStore.Listing listing = found.get();
        StorySummary s = stories.summary(id, StoryPages.MAX_SUMMARISED).orElseThrow(() -> new NotFoundResponse("no story with id " + id));
        ObjectNode o = StorySummaryJson.summary(s);
        o.put("documentsInStory", listing.story().documents());
        o.put("republicationGroups", listing.story().groups());
        ArrayNode members = o.putArray("members");
        for (Membership m : stories.members(id)) {
            ObjectNode x = members.addObject();
            x.put("document", m.documentId());
            x.put("relation", m.relation().jsonName());
            x.put("of", m.of());
        }
        ApiHandlers.send(ctx, o);
    }
}
