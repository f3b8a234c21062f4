/**
 * Server mode: {@link org.vigie.store.postgres.PostgresDocumentStore} keeps the store in PostgreSQL with the same
 * tables and behaviour as the embedded SQLite store; {@link org.vigie.store.postgres.DocumentStores#open(String)}
 * opens either from what a user typed, a data folder or a {@code jdbc:postgresql://} URL. Schema changes are SQL
 * files under {@code org/vigie/store/postgres/migrations/}, each mirroring the SQLite migration of the same number.
 */
package org.vigie.store.postgres;
