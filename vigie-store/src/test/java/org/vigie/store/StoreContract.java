package org.vigie.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the store contracts share: the store under test, opened by the backend's {@link StoreFixture} before each test
 * and closed after it (before the fixture clears its place). {@link #openStore()} called again after {@code close()}
 * must reopen the same data.
 */
public abstract class StoreContract<F extends StoreFixture> {
    @RegisterExtension
    protected final F fixture;
    protected DocumentStore store;

    protected StoreContract(F fixture) {
        this.fixture = fixture;
    }

    /** Opens the store under test: a fresh, empty one for each test method, the same one when called again in it. */
    protected DocumentStore openStore() {
        return fixture.open();
    }

    /** SQL on the database behind the store opened by {@link #openStore()}. */
    protected StoreSql sql() {
        return fixture.sql();
    }

    @BeforeEach
    void openFreshStore() {
        store = openStore();
    }

    @AfterEach
    void closeStore() {
        if (store != null) store.close();
        store = null;
    }

    protected DocumentStore reopen() {
        store.close();
        store = openStore();
        return store;
    }
}
