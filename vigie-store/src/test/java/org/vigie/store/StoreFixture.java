package org.vigie.store;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;

/**
 * Where a contract test's store lives, one backend's way: the contract registers it as an extension, so it can make a
 * fresh place before each test (or skip the test when its server is missing) and clear it after the store is closed.
 */
public interface StoreFixture extends BeforeEachCallback, AfterEachCallback {
    /** Opens the store under test: a fresh, empty one for each test method, the same data when called again in it. */
    DocumentStore open();

    /** SQL on the database behind the store {@link #open()} opens. */
    StoreSql sql();
}
