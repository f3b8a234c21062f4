/**
 * Full-text search over the store: {@link org.vigie.store.search.SearchIndex} (embedded Apache Lucene index in
 * {@code <dataDir>/index/}, French and English analysis, filters, facets, snippets with highlight offsets) and
 * {@link org.vigie.store.search.IndexedDocumentStore}, the store that keeps the index in step with what it stores.
 * The index is derived data: it can always be rebuilt from the SQLite store.
 *
 * <p>How a command opens the store:
 * <ul>
 *   <li>Commands that store or serve: {@code IndexedDocumentStore.open(dataDir)} in place of
 *       {@code DocumentStore.open(dataDir)}; {@code VigieServer.create(store, options)} then finds the index itself.
 *       Documents stored by a command that used the plain store are indexed the next time the indexed one opens.</li>
 *   <li>Lucene lets one process write an index at a time: while {@code vigie serve} holds it, another
 *       {@code IndexedDocumentStore.open} on the same folder fails with a clear {@code StoreException}. A command that
 *       must store meanwhile can use the plain {@code DocumentStore}; the server indexes those documents when next
 *       started.</li>
 *   <li>A full rebuild: {@code SearchIndex.rebuild(store, index, progress)}, or delete {@code <dataDir>/index/} and
 *       open the indexed store again.</li>
 * </ul>
 */
package org.vigie.store.search;
