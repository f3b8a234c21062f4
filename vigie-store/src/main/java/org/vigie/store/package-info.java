/**
 * Keeps analysed documents: {@link org.vigie.store.DocumentStore} is the interface, opened on an embedded SQLite
 * database in a data folder by {@link org.vigie.store.DocumentStore#open}. Schema changes are SQL files under
 * {@code org/vigie/store/migrations/}, listed in {@code index.txt} and applied in order at open.
 */
package org.vigie.store;
