package org.vigie.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Proxy;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** The story contract on the embedded store. */
class SqliteStoryStoreTest extends StoryStoreContract {
    @TempDir
    Path dir;

    @Override
    protected DocumentStore openStore() {
        return DocumentStore.open(dir.resolve("data"));
    }

    @Override
    protected StoreSql sql() {
        return new SqliteSql(dir.resolve("data"));
    }

    @Test
    void aStoreKeptOutsideADatabaseKeepsNoStories() {
        DocumentStore other = (DocumentStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{DocumentStore.class}, (proxy, method, args) -> null);
        assertThrows(IllegalArgumentException.class, () -> StoryStore.of(other));
    }
}
