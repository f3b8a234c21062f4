package org.vigie.store.postgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Document;
import org.vigie.store.DocumentStore;
import org.vigie.store.DocumentStoreContract;
import org.vigie.store.FactStore;
import org.vigie.store.StoryStore;
import org.vigie.store.TestDocuments;
import org.vigie.store.search.IndexedDocumentStore;
import org.vigie.store.search.SearchHit;
import org.vigie.store.search.SearchIndex;
import org.vigie.store.search.SearchQuery;
import org.vigie.stories.StoryAssigner;
import org.vigie.stories.StoryIndex;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.store.search.SearchDocs.*;

/**
 * The store the command line opens for {@code --db}: PostgreSQL with the search index of the data folder kept in step
 * ({@link IndexedDocumentStore#wrap}). It passes the store contract, and its stories and facts are kept in PostgreSQL.
 */
class PostgresIndexedStoreTest extends DocumentStoreContract<PostgresTestSchema> {
    @TempDir
    Path dir;

    PostgresIndexedStoreTest() {
        super(new PostgresTestSchema());
    }

    @Override
    protected DocumentStore openStore() {
        return IndexedDocumentStore.wrap(fixture.open(), SearchIndex.open(dir.resolve("data")), SearchIndex.Progress.NONE);
    }

    private Set<String> found(String text) {
        return ((IndexedDocumentStore) store).index().search(SearchQuery.of(text).withPage(0, 100)).hits().stream()
                .map(SearchHit::id).collect(Collectors.toSet());
    }

    @Test
    void documentsStoredWithoutTheIndexAreIndexedAtOpen() {
        Document first = sanctionsFr();
        store.put(first, TestDocuments.bytes(first));
        assertEquals(Set.of(first.id()), found("OTBC"), "searchable at once");
        store.close();
        try (DocumentStore plain = fixture.open()) {
            for (Document d : List.of(meetingFr(), talksEn())) plain.put(d, TestDocuments.bytes(d));
        }
        store = openStore();
        assertEquals(Set.of(meetingFr().id(), talksEn().id()), found("Aalstad"));
        assertEquals(3, ((IndexedDocumentStore) store).index().size());
    }

    @Test
    void storiesPutThroughTheIndexedStoreAreSearchableAndKeptInPostgres() throws Exception {
        StoryStore stories = StoryStore.of(store);
        StoryAssigner assigner = new StoryAssigner(stories.loadIndex(StoryIndex.Options.defaults(), StoryStore.Progress.NONE));
        Document d = sanctionsFr();
        StoryAssigner.Result r = stories.assignAndPut(assigner, d, TestDocuments.bytes(d)).orElseThrow();
        assertEquals(Set.of(d.id()), found("OTBC"));
        assertEquals(1, sql().number("SELECT COUNT(*) FROM story_members"));
        assertEquals(r.assignment().storyId(), stories.membership(d.id()).orElseThrow().storyId());
        FactStore.Page events = FactStore.of(store).orElseThrow()
                .find(new FactStore.Query(FactStore.Kind.EVENT, null, null, null, "SANCTION", null), 0, 10);
        assertEquals(List.of(new FactStore.Ref(d.id(), 0)), events.refs());
    }
}
