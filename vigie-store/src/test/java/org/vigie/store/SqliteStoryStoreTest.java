package org.vigie.store;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** The story contract on the embedded store. */
class SqliteStoryStoreTest extends StoryStoreContract<SqliteFixture> {
    SqliteStoryStoreTest() {
        super(new SqliteFixture());
    }

    @Test
    void aStoreKeptOutsideADatabaseKeepsNoStories() {
        DocumentStore other = (DocumentStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{DocumentStore.class}, (proxy, method, args) -> null);
        assertThrows(IllegalArgumentException.class, () -> StoryStore.of(other));
    }
}
